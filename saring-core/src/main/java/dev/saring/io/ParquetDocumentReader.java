package dev.saring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.document.MalformedDocumentException;
import java.io.IOException;
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
  private final int maxRecordBytes;
  private final DocumentJson.Parser parser;
  private final ReadFailures failures;
  private final ParquetReader<Group> reader;
  private long row;
  private boolean done;

  ParquetDocumentReader(Path file, ReaderOptions options, ReadFailures failures) throws IOException {
    this.fileName = file.getFileName().toString();
    this.size = Files.size(file);
    this.maxRecordBytes = options.maxRecordBytes();
    this.parser = new DocumentJson.Parser(options.jsonFields());
    this.failures = failures;
    ParquetReader<Group> opened = null;
    try {
      opened = new GroupReaderBuilder(new LocalInputFile(file)).build();
    } catch (IOException | RuntimeException e) {
      failures.failed("parquet:unreadable", fileName, 0, String.valueOf(e.getMessage()));
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
        failures.failed("parquet:unreadable", fileName, row, "row " + row + ": " + e.getMessage());
        done = true;
        return Optional.empty();
      }
      if (g == null) {
        done = true;
        return Optional.empty();
      }
      row++;
      byte[] json;
      try {
        json = DocumentJson.mapper().writeValueAsBytes(toJson(g));
      } catch (IOException e) {
        failures.failed("parquet:unreadable", fileName, row, "row " + row + ": " + e.getMessage());
        continue;
      }
      if (json.length > maxRecordBytes) {
        failures.failed("parquet:record_too_large", fileName, row, "row " + row + " has " + json.length + " bytes");
        continue;
      }
      try {
        return Optional.of(parser.parse(json, 0, json.length, fileName + "/" + row));
      } catch (MalformedDocumentException e) {
        failures.failed("parquet:" + e.reason(), fileName, row, "row " + row + ": " + e.getMessage());
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
      if (field.getName().equals("metadata") && value.isTextual() && value.asText().startsWith("{")) {
        value = DocumentJson.mapper().readTree(value.asText());
      }
      o.set(field.getName(), value);
    }
    return o;
  }

  private static JsonNode value(Group g, int f, int i, Type field) throws IOException {
    if (!field.isPrimitive()) {
      return toJson(g.getGroup(f, i));
    }
    PrimitiveType p = field.asPrimitiveType();
    return switch (p.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> p.getLogicalTypeAnnotation() instanceof
          LogicalTypeAnnotation.StringLogicalTypeAnnotation || p.getLogicalTypeAnnotation() == null
          || p.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation
          || p.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
          ? NODES.textNode(g.getString(f, i)) : NODES.textNode(g.getValueToString(f, i));
      case INT32 -> NODES.numberNode(g.getInteger(f, i));
      case INT64 -> NODES.numberNode(g.getLong(f, i));
      case FLOAT -> NODES.numberNode(g.getFloat(f, i));
      case DOUBLE -> NODES.numberNode(g.getDouble(f, i));
      case BOOLEAN -> NODES.booleanNode(g.getBoolean(f, i));
      case INT96 -> NODES.textNode(g.getValueToString(f, i));
    };
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
