package dev.saring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.document.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Apache Parquet files as FineWeb, dolma and the Hugging Face hub publish them: one document per row, the
 * columns mapped like the fields of a JSONL line (the text and id columns as configured, a {@code metadata}
 * struct or JSON string merged into metadata, every other column kept in metadata; nested structs and lists
 * become JSON objects and arrays). Read through parquet-java on the local file, no Hadoop file system.
 *
 * <p>Failure reasons: {@code parquet:unreadable} (not Parquet, truncated footer, a damaged page; the rest of
 * the file is lost, as a footer or page cannot be resynchronised), {@code parquet:missing_text},
 * {@code parquet:record_too_large}; other rows go on.
 */
final class ParquetDocumentReader extends AbstractDocumentReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String fileName;
  private final long size;
  private final ParquetRows rows;
  private final ParquetReader<Group> reader;
  private long row;
  private boolean done;

  ParquetDocumentReader(Path file, ReaderOptions options, ReadFailures failures) throws IOException {
    this.fileName = file.getFileName().toString();
    this.size = Files.size(file);
    this.rows = new ParquetRows(fileName, options, failures);
    ParquetReader<Group> opened = null;
    try {
      // Named by the file, so parquet-java's messages ("x.parquet is not a Parquet file") say which one.
      opened = new GroupReaderBuilder(new LocalInputFile(file) {
        @Override
        public String toString() {
          return fileName;
        }
      }).build();
    } catch (IOException | RuntimeException e) {
      rows.unreadable(0, e);
      done = true;
    }
    this.reader = opened;
  }

  @Override
  protected Optional<Document> readNext() {
    while (!done) {
      Group g;
      try {
        g = reader.read();
      } catch (IOException | RuntimeException e) {
        rows.unreadable(row, e);
        done = true;
        return Optional.empty();
      }
      if (g == null) {
        done = true;
        return Optional.empty();
      }
      row++;
      ObjectNode fields;
      try {
        fields = toJson(g);
      } catch (IOException | RuntimeException e) {
        rows.unreadable(row, e);
        continue;
      }
      Optional<Document> doc = rows.document(fields, row);
      if (doc.isPresent()) {
        return doc;
      }
    }
    return Optional.empty();
  }

  /** A row as the JSON object a JSONL line would hold; a metadata column holding a JSON object is unpacked. */
  private static ObjectNode toJson(Group g) throws IOException {
    ObjectNode o = NODES.objectNode();
    GroupType type = g.getType();
    for (int f = 0; f < type.getFieldCount(); f++) {
      Type field = type.getType(f);
      int n = g.getFieldRepetitionCount(f);
      if (n == 0) {
        continue;
      }
      JsonNode value;
      if (field.isRepetition(Type.Repetition.REPEATED)) {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
          a.add(value(g, f, i, field));
        }
        value = a;
      } else {
        value = value(g, f, 0, field);
      }
      o.set(field.getName(), value);
    }
    return o;
  }

  /**
   * One value, rendered as Spark's {@code to_json} renders it, so a row reads the same here and through
   * Spark's Parquet data source: lists as arrays, maps as objects, dates as {@code yyyy-MM-dd}, timestamps
   * as UTC ISO-8601 with milliseconds, decimals as numbers.
   */
  private static JsonNode value(Group g, int f, int i, Type field) throws IOException {
    LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
    if (!field.isPrimitive()) {
      Group child = g.getGroup(f, i);
      if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
        return list(child);
      }
      if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
          || logical instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) {
        return map(child);
      }
      return toJson(child);
    }
    PrimitiveType p = field.asPrimitiveType();
    if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
      BigInteger unscaled = switch (p.getPrimitiveTypeName()) {
        case INT32 -> BigInteger.valueOf(g.getInteger(f, i));
        case INT64 -> BigInteger.valueOf(g.getLong(f, i));
        default -> new BigInteger(g.getBinary(f, i).getBytes());
      };
      return NODES.numberNode(new BigDecimal(unscaled, d.getScale()));
    }
    return switch (p.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> logical instanceof
          LogicalTypeAnnotation.StringLogicalTypeAnnotation || logical == null
          || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation
          || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
          ? NODES.textNode(g.getString(f, i)) : NODES.textNode(g.getValueToString(f, i));
      case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? NODES.textNode(LocalDate.ofEpochDay(g.getInteger(f, i)).toString())
          : NODES.numberNode(g.getInteger(f, i));
      case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t
          ? NODES.textNode(timestamp(g.getLong(f, i), t.getUnit()))
          : NODES.numberNode(g.getLong(f, i));
      case FLOAT -> NODES.numberNode(g.getFloat(f, i));
      case DOUBLE -> NODES.numberNode(g.getDouble(f, i));
      case BOOLEAN -> NODES.booleanNode(g.getBoolean(f, i));
      case INT96 -> NODES.textNode(int96(g.getInt96(f, i).getBytes()));
    };
  }

  /** A LIST group: its one repeated field holds the elements, in a one-field group (three-level) or bare. */
  private static JsonNode list(Group g) throws IOException {
    if (g.getType().getFieldCount() != 1) {
      return toJson(g);
    }
    Type repeated = g.getType().getType(0);
    boolean threeLevel = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1
        && !repeated.getName().equals("array") && !repeated.getName().endsWith("_tuple");
    ArrayNode a = NODES.arrayNode();
    for (int i = 0, n = g.getFieldRepetitionCount(0); i < n; i++) {
      if (threeLevel) {
        Group wrapper = g.getGroup(0, i);
        a.add(wrapper.getFieldRepetitionCount(0) == 0 ? NODES.nullNode()
            : value(wrapper, 0, 0, repeated.asGroupType().getType(0)));
      } else {
        a.add(value(g, 0, i, repeated));
      }
    }
    return a;
  }

  /** A MAP group: repeated key/value entries, as an object keyed by the keys' text. */
  private static JsonNode map(Group g) throws IOException {
    if (g.getType().getFieldCount() != 1 || g.getType().getType(0).isPrimitive()) {
      return toJson(g);
    }
    GroupType entry = g.getType().getType(0).asGroupType();
    ObjectNode o = NODES.objectNode();
    for (int i = 0, n = g.getFieldRepetitionCount(0); i < n; i++) {
      Group kv = g.getGroup(0, i);
      String key = value(kv, 0, 0, entry.getType(0)).asText();
      o.set(key, entry.getFieldCount() > 1 && kv.getFieldRepetitionCount(1) > 0
          ? value(kv, 1, 0, entry.getType(1)) : NODES.nullNode());
    }
    return o;
  }

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private static String timestamp(long value, LogicalTypeAnnotation.TimeUnit unit) {
    Instant t = switch (unit) {
      case MILLIS -> Instant.ofEpochMilli(value);
      case MICROS -> Instant.EPOCH.plus(value, ChronoUnit.MICROS);
      case NANOS -> Instant.EPOCH.plusNanos(value);
    };
    return TIMESTAMP.format(t);
  }

  /** Impala's and old Spark's timestamps: nanoseconds of the day, then the Julian day, little-endian. */
  private static String int96(byte[] b) {
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buf.getLong();
    long julianDay = Integer.toUnsignedLong(buf.getInt());
    long epochDay = julianDay - 2_440_588L;
    return TIMESTAMP.format(Instant.EPOCH.plus(epochDay, ChronoUnit.DAYS).plusNanos(nanosOfDay));
  }

  @Override
  public long bytesRead() {
    return done ? size : 0;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  /** Parquet's builder for a local {@link InputFile} is protected; this names the record type. */
  private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
    GroupReaderBuilder(InputFile file) {
      super(file, new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
