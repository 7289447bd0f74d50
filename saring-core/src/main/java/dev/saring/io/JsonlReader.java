package dev.saring.io;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.document.MalformedDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * JSON lines, plain, gzip or zstd. Each line is one document; see {@link DocumentJson} for the mapping.
 *
 * <p>Failure reasons: {@code jsonl:invalid_json}, {@code jsonl:invalid_utf8}, {@code jsonl:missing_text},
 * {@code jsonl:record_too_large} (a line over the cap, skipped without being held), and the
 * decompressor's {@code gzip:truncated}, {@code zstd:corrupt} etc., after which the file ends.
 * Blank lines are ignored.
 */
final class JsonlReader extends AbstractDocumentReader {
  private final String fileName;
  private final DocumentJson.Parser parser;
  private final Compression compression;
  private final CountingInputStream raw;
  private final InputStream in;
  private final LineReader lines;
  private final ReadFailures failures;

  JsonlReader(Path file, ReaderOptions options, ReadFailures failures) throws IOException {
    this.fileName = file.getFileName().toString();
    this.parser = new DocumentJson.Parser(options.jsonFields());
    this.compression = Compression.ofFileName(fileName);
    this.failures = failures;
    this.raw = new CountingInputStream(Files.newInputStream(file));
    InputStream opened;
    try {
      opened = compression.input(raw);
    } catch (IOException e) {
      // A gzip file too short to hold a header: report it like any other truncation.
      failures.failed(compression.failureReason(e), fileName, 0, e.getMessage());
      opened = InputStream.nullInputStream();
    }
    this.in = opened;
    this.lines = new LineReader(in, options.maxRecordBytes());
  }

  @Override
  protected Optional<Document> readNext() {
    while (true) {
      try {
        if (!lines.next()) {
          return Optional.empty();
        }
      } catch (IOException e) {
        failures.failed(compression.failureReason(e), fileName, lines.offset(), e.getMessage());
        return Optional.empty();
      }
      if (lines.tooLong()) {
        failures.failed("jsonl:record_too_large", fileName, lines.offset(),
            "line " + lines.lineNumber() + " has " + lines.fullLength() + " bytes");
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      try {
        return Optional.of(parser.parse(lines.bytes(), 0, lines.length(), fileName + "/" + lines.lineNumber()));
      } catch (MalformedDocumentException e) {
        failures.failed("jsonl:" + e.reason(), fileName, lines.offset(),
            "line " + lines.lineNumber() + ": " + e.getMessage());
      }
    }
  }

  @Override
  public long bytesRead() {
    return raw.count();
  }

  @Override
  public void close() throws IOException {
    in.close();
    raw.close();
  }
}
