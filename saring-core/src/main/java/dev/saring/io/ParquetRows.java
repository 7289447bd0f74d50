package dev.saring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.document.MalformedDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

/**
 * Parquet rows, as JSON objects, to documents: the rules every Parquet reader shares. A row is read like a
 * JSONL line (a {@code metadata} column holding a JSON object string is unpacked); its id defaults to
 * {@code <file>/<row>} with rows counted from 1. Failure reasons: {@code parquet:record_too_large},
 * {@code parquet:missing_text} and the other {@code parquet:<reason>} of a malformed record, and
 * {@code parquet:unreadable} where the rows stop because the file is damaged.
 */
public final class ParquetRows {
  /** How compact JSON (Spark's {@code to_json}) writes a metadata column that holds text. */
  private static final String TEXT_METADATA = "\"metadata\":\"";

  private final String fileName;
  private final int maxRecordBytes;
  private final DocumentJson.Parser parser;
  private final ReadFailures failures;

  public ParquetRows(String fileName, ReaderOptions options, ReadFailures failures) {
    this.fileName = fileName;
    this.maxRecordBytes = options.maxRecordBytes();
    this.parser = new DocumentJson.Parser(options.jsonFields());
    this.failures = failures;
  }

  /** The document of row number {@code row} (from 1), or empty when it failed (reported). */
  Optional<Document> document(ObjectNode fields, long row) {
    byte[] json;
    try {
      JsonNode metadata = fields.get("metadata");
      if (metadata != null && metadata.isTextual() && metadata.asText().startsWith("{")) {
        fields.set("metadata", DocumentJson.mapper().readTree(metadata.asText()));
      }
      json = DocumentJson.mapper().writeValueAsBytes(fields);
    } catch (IOException e) {
      unreadable(row, e);
      return Optional.empty();
    }
    return document(json, row);
  }

  private Optional<Document> document(byte[] json, long row) {
    if (json.length > maxRecordBytes) {
      failures.failed("parquet:record_too_large", fileName, row, "row " + row + " has " + json.length + " bytes");
      return Optional.empty();
    }
    try {
      return Optional.of(parser.parse(json, 0, json.length, fileName + "/" + row));
    } catch (MalformedDocumentException e) {
      failures.failed("parquet:" + e.reason(), fileName, row, "row " + row + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  void unreadable(long row, Exception e) {
    failures.failed("parquet:unreadable", fileName, row, (row == 0 ? "" : "row " + row + ": ") + e.getMessage());
  }

  /**
   * The documents of rows another reader delivers in file order, as JSON object text; an exception from
   * {@code rows} ends the file as {@code parquet:unreadable} after the last row read. {@code fileBytes} counts
   * as read once the rows end, as with saring's own reader.
   */
  public DocumentReader reader(Iterator<String> rows, long fileBytes) {
    return new AbstractDocumentReader() {
      private long row;
      private boolean done;

      @Override
      protected Optional<Document> readNext() {
        while (!done) {
          String json;
          try {
            if (!rows.hasNext()) {
              done = true;
              return Optional.empty();
            }
            json = rows.next();
          } catch (Exception e) {
            // Scala readers (Spark's) throw checked exceptions through Iterator too.
            done = true;
            unreadable(row, e);
            return Optional.empty();
          }
          row++;
          Optional<Document> doc;
          if (json.contains(TEXT_METADATA)) {
            // A metadata column of JSON text (dolma's layout) is unpacked through a tree, like saring's reader.
            JsonNode fields;
            try {
              fields = DocumentJson.mapper().readTree(json);
            } catch (IOException e) {
              unreadable(row, e);
              continue;
            }
            if (!(fields instanceof ObjectNode o)) {
              failures.failed("parquet:not_an_object", fileName, row, "row " + row + " is not a record");
              continue;
            }
            doc = document(o, row);
          } else {
            // Otherwise the row's JSON is already what the parser reads: no tree, no second serialization.
            doc = document(json.getBytes(StandardCharsets.UTF_8), row);
          }
          if (doc.isPresent()) {
            return doc;
          }
        }
        return Optional.empty();
      }

      @Override
      public long bytesRead() {
        return done ? fileBytes : 0;
      }

      @Override
      public void close() {}
    };
  }
}
