package dev.saring.io;

import dev.saring.document.Document;
import dev.saring.text.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Documents from WARC response and resource records (HTML kept for extraction) and from WET conversion
 * records (text), read with jwarc.
 *
 * <p>Metadata: {@code url}, {@code warc_date}, {@code warc_record_id}, {@code content_type},
 * {@code http_status}, {@code charset} (and how it was chosen), {@code warc_payload_digest},
 * {@code warc_identified_language} (WET), {@code source_file}, {@code source_offset}.
 *
 * <p>Recovery: a record that jwarc cannot frame, or whose gzip member is corrupt or cut, is reported and
 * the reader resynchronises on the next gzip member that starts a WARC record (or, uncompressed, on the
 * next {@code WARC/} line), so one bad record costs one record. Failure reasons: {@code warc:corrupt_record},
 * {@code warc:truncated}, {@code warc:bad_http}, {@code warc:record_too_large}, {@code warc:bad_encoding}.
 * Records that are not documents are counted as skipped: {@code warc:request}, {@code warc:status_4xx},
 * {@code warc:non_text} and so on.
 */
final class WarcDocumentReader extends AbstractDocumentReader {
  private final String fileName;
  private final ReaderOptions options;
  private final ReadFailures failures;
  private final FileChannel channel;
  private final boolean gzip;
  private WarcReader warc;
  private long recordStart;
  private long bytesRead;
  private boolean trailerBroken;

  WarcDocumentReader(Path file, ReaderOptions options, ReadFailures failures) throws IOException {
    this.fileName = file.getFileName().toString();
    this.options = options;
    this.failures = failures;
    this.channel = FileChannel.open(file);
    this.gzip = WarcResync.startsWithGzip(channel, 0);
    channel.position(0);
    try {
      this.warc = channel.size() == 0 ? null : open();
    } catch (IOException e) {
      failures.failed("warc:corrupt_record", fileName, 0, String.valueOf(e.getMessage()));
      this.warc = null;
    }
  }

  private WarcReader open() throws IOException {
    WarcReader reader = new WarcReader(channel);
    // A record not followed by its CRLFCRLF trailer had a wrong Content-Length: its body ran into
    // whatever follows. The other warnings are about header syntax jwarc already tolerates.
    reader.onWarning(message -> trailerBroken |= message.contains("trailer"));
    return reader;
  }

  @Override
  protected Optional<Document> readNext() {
    while (warc != null) {
      WarcRecord record;
      long previousStart = recordStart;
      try {
        Optional<WarcRecord> next = warc.next();
        if (trailerBroken) {
          trailerBroken = false;
          failures.failed("warc:corrupt_record", fileName, previousStart,
              "record length does not match its content (no record trailer)");
          recordStart = previousStart;
          resync();
          continue;
        }
        if (next.isEmpty()) {
          bytesRead = channelSize();
          return Optional.empty();
        }
        record = next.get();
        recordStart = warc.position();
        bytesRead = recordStart;
      } catch (IOException | RuntimeException e) {
        recordStart = Math.max(recordStart, warc.position());
        failures.failed(reasonFor(e), fileName, recordStart, String.valueOf(e.getMessage()));
        resync();
        continue;
      }
      if (!gzip && overrunsFile(record)) {
        continue;
      }
      try {
        Optional<Document> doc = toDocument(record);
        if (doc.isPresent()) {
          return doc;
        }
      } catch (ParsingException e) {
        failures.failed("warc:bad_http", fileName, recordStart, String.valueOf(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        failures.failed(reasonFor(e), fileName, recordStart, String.valueOf(e.getMessage()));
        resync();
      }
    }
    return Optional.empty();
  }

  /**
   * An uncompressed record whose Content-Length reaches past the end of the file is either cut (the
   * file's last record) or lies about its length (a later record exists); either way it is no document.
   */
  private boolean overrunsFile(WarcRecord record) {
    long length = record.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
    if (recordStart + length <= channelSize()) {
      return false;
    }
    try {
      boolean later = WarcResync.nextRecordStart(channel, recordStart + 1, false) >= 0;
      failures.failed(later ? "warc:corrupt_record" : "warc:truncated", fileName, recordStart,
          "Content-Length " + length + " reaches past the end of the file");
    } catch (IOException e) {
      failures.failed("warc:truncated", fileName, recordStart, String.valueOf(e.getMessage()));
    }
    resync();
    return true;
  }

  private String reasonFor(Exception e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (e instanceof java.io.EOFException || message.contains("unexpected end") || message.contains("truncat")) {
      return "warc:truncated";
    }
    return "warc:corrupt_record";
  }

  /** Moves to the next plausible record start after the current one, or ends the file. */
  private void resync() {
    try {
      long next = WarcResync.nextRecordStart(channel, recordStart + 1, gzip);
      if (next < 0) {
        warc = null;
        bytesRead = channelSize();
        return;
      }
      channel.position(next);
      warc = open();
      recordStart = next;
    } catch (IOException e) {
      failures.failed("warc:corrupt_record", fileName, recordStart, "cannot resynchronise: " + e.getMessage());
      warc = null;
    }
  }

  private Optional<Document> toDocument(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response) {
      return fromResponse(response);
    }
    if (record instanceof WarcConversion conversion) {
      return fromText(record, conversion.contentType().raw(), "text/plain");
    }
    if (record instanceof WarcResource resource) {
      String type = resource.contentType().raw();
      Optional<String> kind = kindOf(type);
      return kind.isPresent() ? fromText(record, type, kind.get()) : skip("warc:non_text");
    }
    return skip("warc:" + record.type());
  }

  private Optional<Document> fromResponse(WarcResponse response) throws IOException {
    if (!response.contentType().base().toString().equals("application/http")) {
      return skip("warc:non_http_response");
    }
    HttpResponse http = response.http();
    int status = http.status();
    if (!options.allStatuses() && (status < 200 || status >= 300)) {
      return skip("warc:status_" + (status / 100) + "xx");
    }
    String httpType = http.headers().first("Content-Type").orElse(null);
    // Common Crawl's sniffed type beats the server's claim; ClueWeb writes the header empty.
    String declared = response.identifiedPayloadType().map(Object::toString).filter(t -> !t.isBlank())
        .orElse(httpType);
    Optional<String> kind = declared == null ? Optional.of("sniff") : kindOf(declared);
    if (kind.isEmpty()) {
      return skip("warc:non_text");
    }
    Optional<byte[]> raw = readCapped(http.body().stream());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> body = decodeContent(raw.get(), http.headers().first("Content-Encoding").orElse(""));
    Map<String, Object> meta = baseMetadata(response);
    meta.put("http_status", status);
    return build(response, body, httpType, kind.get(), meta);
  }

  /**
   * Undoes the HTTP Content-Encoding in memory, capped like the raw body (a gzip bomb stops at the cap).
   * Many crawlers store the payload already decoded but keep the header; bytes that are not in the
   * declared encoding are therefore used as they are.
   */
  private Optional<byte[]> decodeContent(byte[] raw, String encoding) throws IOException {
    String e = encoding.trim().toLowerCase(Locale.ROOT);
    DecodedBody.Encoding codec = switch (e) {
      case "gzip", "x-gzip" -> DecodedBody.Encoding.GZIP;
      case "deflate" -> DecodedBody.Encoding.DEFLATE;
      case "br" -> DecodedBody.Encoding.BROTLI;
      case "zstd" -> DecodedBody.Encoding.ZSTD;
      default -> null;
    };
    if (codec == null || (codec == DecodedBody.Encoding.GZIP && !isGzip(raw))) {
      return Optional.of(raw);
    }
    try (InputStream in = DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(raw)), codec).stream()) {
      return readCapped(in);
    } catch (IOException | RuntimeException | LinkageError ex) {
      if (looksLikeText(raw)) {
        return Optional.of(raw);
      }
      failures.failed("warc:bad_encoding", fileName, recordStart, "Content-Encoding " + e + ": " + ex.getMessage());
      return Optional.empty();
    }
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }

  private static boolean looksLikeText(byte[] b) {
    return !TextDecoder.looksBinary(b);
  }

  private Optional<Document> fromText(WarcRecord record, String type, String kind) throws IOException {
    return build(record, readCapped(record.body().stream()), type, kind, baseMetadata(record));
  }

  private Optional<Document> build(WarcRecord record, Optional<byte[]> body, String contentType, String kind,
      Map<String, Object> meta) {
    if (body.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = body.get();
    boolean html = kind.equals("text/html") || (kind.equals("sniff") && looksLikeHtml(bytes));
    if (kind.equals("sniff") && !html && TextDecoder.looksBinary(bytes)) {
      return skip("warc:non_text");
    }
    TextDecoder.Decoded decoded = html ? TextDecoder.decodeHtml(bytes, bytes.length, contentType)
        : TextDecoder.decodeText(bytes, bytes.length, contentType);
    meta.put(Document.CONTENT_TYPE, html ? "text/html" : "text/plain");
    meta.put("charset", decoded.charset().name());
    meta.put("charset_source", decoded.source());
    String id = record.headers().first("WARC-Record-ID").map(WarcDocumentReader::stripBrackets)
        .orElse(fileName + "@" + recordStart);
    return Optional.of(new Document(id, decoded.text(), meta));
  }

  private Map<String, Object> baseMetadata(WarcRecord record) {
    MessageHeaders h = record.headers();
    Map<String, Object> meta = new LinkedHashMap<>();
    h.first("WARC-Target-URI").map(WarcDocumentReader::stripBrackets).ifPresent(u -> meta.put(Document.URL, u));
    h.first("WARC-Date").ifPresent(d -> meta.put("warc_date", d));
    h.first("WARC-Record-ID").ifPresent(id -> meta.put("warc_record_id", stripBrackets(id)));
    h.first("WARC-Refers-To").ifPresent(id -> meta.put("warc_refers_to", stripBrackets(id)));
    h.first("WARC-Payload-Digest").ifPresent(d -> meta.put("warc_payload_digest", d));
    h.first("WARC-Identified-Content-Language").ifPresent(l -> meta.put("warc_identified_language", l));
    meta.put("source_file", fileName);
    meta.put("source_offset", recordStart);
    return meta;
  }

  private Optional<byte[]> readCapped(InputStream in) throws IOException {
    int max = options.maxRecordBytes();
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      failures.failed("warc:record_too_large", fileName, recordStart, "payload over " + max + " bytes");
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  /** {@code text/html} for HTML types, {@code text/plain} for plain text when accepted, else empty. */
  private Optional<String> kindOf(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT).trim();
    if (t.startsWith("text/html") || t.startsWith("application/xhtml")) {
      return Optional.of("text/html");
    }
    if (t.startsWith("text/plain") && options.acceptPlainText()) {
      return Optional.of("text/plain");
    }
    return Optional.empty();
  }

  /** A payload without a Content-Type is HTML when its first non-blank byte opens a tag. */
  private static boolean looksLikeHtml(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '<';
      }
    }
    return false;
  }

  private Optional<Document> skip(String reason) {
    failures.skipped(reason);
    return Optional.empty();
  }

  private static String stripBrackets(String s) {
    String t = s.trim();
    return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
  }

  private long channelSize() {
    try {
      return channel.size();
    } catch (IOException e) {
      return bytesRead;
    }
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
