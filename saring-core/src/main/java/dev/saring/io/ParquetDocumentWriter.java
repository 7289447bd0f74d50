package dev.saring.io;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Documents as a Parquet file: {@code id}, {@code text}, {@code url} and {@code language} as columns (what
 * dataset tools filter on), the whole metadata as a JSON string column (its keys differ per step and per
 * source, so a fixed schema would lose some). saring's Parquet reader reads it back to the same documents.
 */
final class ParquetDocumentWriter implements PartWriter {
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message document {
        required binary id (STRING);
        required binary text (STRING);
        optional binary url (STRING);
        optional binary language (STRING);
        required binary metadata (JSON);
      }
      """);

  private final Path target;
  private final Path tmp;
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
  private boolean finished;
  private boolean committed;

  ParquetDocumentWriter(Path target, WriterOptions options) throws IOException {
    this.target = target;
    this.tmp = target.resolveSibling(target.getFileName() + JsonlWriter.TMP_SUFFIX);
    Files.createDirectories(target.getParent());
    Files.deleteIfExists(tmp);
    CompressionCodecName codec = switch (options.compression()) {
      case "none" -> CompressionCodecName.UNCOMPRESSED;
      case "gzip" -> CompressionCodecName.GZIP;
      default -> CompressionCodecName.ZSTD;
    };
    this.writer = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withType(SCHEMA)
        .withConf(new PlainParquetConfiguration()).withCompressionCodec(codec)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
  }

  @Override
  public void write(Document doc) throws IOException {
    Group g = rows.newGroup().append("id", doc.id()).append("text", doc.text());
    if (doc.metadata().get("url") instanceof String url) {
      g.append("url", url);
    }
    if (doc.metadata().get("language") instanceof String language) {
      g.append("language", language);
    }
    g.append("metadata", DocumentJson.mapper().writeValueAsString(doc.metadata()));
    writer.write(g);
  }

  @Override
  public void writeValue(Object value) {
    throw new UnsupportedOperationException("Parquet output holds documents only");
  }

  @Override
  public long bytesOnDisk() {
    return writer.getDataSize();
  }

  @Override
  public void finish() throws IOException {
    if (!finished) {
      finished = true;
      writer.close();
    }
  }

  @Override
  public void commit() throws IOException {
    finish();
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        finish();
      } catch (IOException | RuntimeException ignored) {
        // The file is being discarded; a failed flush changes nothing.
      }
      Files.deleteIfExists(tmp);
    }
  }
}
