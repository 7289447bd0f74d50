package dev.saring.io;

import dev.saring.document.Document;
import dev.saring.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A batch of loose {@code .txt} or {@code .html} files, one document each; the id is the path relative to
 * the input folder. Failure reasons: {@code file:record_too_large}, {@code file:binary} (a file with NUL
 * bytes or mostly control characters, such as an image named {@code .html}), {@code file:unreadable} and
 * the decompressor's reasons for {@code .gz} files.
 */
final class LooseFilesReader extends AbstractDocumentReader {

  private final InputShard shard;
  private final Iterator<Path> files;
  private final int maxBytes;
  private final ReadFailures failures;
  private long bytesRead;

  LooseFilesReader(InputShard shard, ReaderOptions options, ReadFailures failures) {
    this.shard = shard;
    this.files = shard.files().iterator();
    this.maxBytes = options.maxRecordBytes();
    this.failures = failures;
  }

  @Override
  protected Optional<Document> readNext() {
    while (files.hasNext()) {
      Path file = files.next();
      Optional<Document> doc = read(file);
      bytesRead += sizeOf(file);
      if (doc.isPresent()) {
        return doc;
      }
    }
    return Optional.empty();
  }

  private Optional<Document> read(Path file) {
    String name = shard.root().relativize(file).toString().replace('\\', '/');
    Compression compression = Compression.ofFileName(name);
    byte[] bytes;
    try (InputStream in = compression.input(Files.newInputStream(file))) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      String reason = compression == Compression.NONE ? "file:unreadable" : compression.failureReason(e);
      failures.failed(reason, name, 0, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
    if (bytes.length > maxBytes) {
      failures.failed("file:record_too_large", name, 0, "more than " + maxBytes + " bytes");
      return Optional.empty();
    }
    if (TextDecoder.looksBinary(bytes)) {
      failures.failed("file:binary", name, 0, "binary content, not text");
      return Optional.empty();
    }
    boolean html = shard.format() == InputFormat.HTML;
    TextDecoder.Decoded decoded = html ? TextDecoder.decodeHtml(bytes, bytes.length, null)
        : TextDecoder.decodeText(bytes, bytes.length, null);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("source_file", name);
    meta.put(Document.CONTENT_TYPE, html ? "text/html" : "text/plain");
    meta.put("charset", decoded.charset().name());
    return Optional.of(new Document(name, decoded.text(), meta));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() {}
}
