package dev.saring.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a document, one per line: {@code {"id": …, "text": …, "metadata": {…}}}.
 *
 * <p>Reading is lenient about layout and strict about content: the id and text fields are configurable
 * ({@link JsonFields}), every other top-level field and the entries of a {@code metadata} object go into
 * metadata, a numeric id is accepted as its decimal string. A line that is not one JSON object with a
 * string text, or that is not valid UTF-8, is a {@link MalformedDocumentException} with a reason, never a
 * half-built document.
 *
 * <p>The id and text strings go through {@link JsonStrings} (the hot path); metadata values through
 * Jackson, each parsed from its own slice of the line.
 */
public final class DocumentJson {
  /** Shared and thread-safe; string length is bounded by the reader's line cap, not by Jackson's default. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNestingDepth(1_000)
          .build())
      .build();
  private static final ObjectMapper MAPPER = new JsonMapper(FACTORY);

  private DocumentJson() {}

  /** The JSON mapper used for documents, for writers and stats that need the same settings. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses one JSON line; see {@link Parser} to reuse buffers across lines. */
  public static Document parse(byte[] buf, int off, int len, JsonFields fields, String fallbackId)
      throws MalformedDocumentException {
    return new Parser(fields).parse(buf, off, len, fallbackId);
  }

  /** Parses a JSON string, for tests and small tools. */
  public static Document parse(String json, JsonFields fields) throws MalformedDocumentException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length, fields, "doc");
  }

  /** The document as one JSON line without the trailing newline, for tools and tests. */
  public static String toJson(Document doc) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      new LineWriter(out).write(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  /** Reads document lines, reusing its buffers; one per reader thread. */
  public static final class Parser {
    private final JsonFields fields;
    private final byte[] idKey;
    private final byte[] textKey;
    private final JsonStrings.Scratch scratch = new JsonStrings.Scratch();

    public Parser(JsonFields fields) {
      this.fields = fields;
      this.idKey = fields.id().getBytes(StandardCharsets.UTF_8);
      this.textKey = fields.text().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses {@code b[off, off+len)}; {@code fallbackId} is used when the line has no id. */
    public Document parse(byte[] b, int off, int len, String fallbackId) throws MalformedDocumentException {
      if (!Utf8.isValid(b, off, len, false)) {
        throw new MalformedDocumentException("invalid_utf8", "line is not valid UTF-8");
      }
      try {
        return parseObject(b, off, off + len, fallbackId);
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new MalformedDocumentException("invalid_json", e.getMessage());
      } catch (JsonProcessingException e) {
        throw new MalformedDocumentException("invalid_json", e.getOriginalMessage());
      } catch (IOException e) {
        throw new MalformedDocumentException("invalid_json", e.getMessage());
      }
    }

    private Document parseObject(byte[] b, int start, int end, String fallbackId)
        throws IOException, MalformedDocumentException {
      int i = skipSpace(b, start, end);
      expect(b, i, end, '{', "line is not a JSON object");
      i = skipSpace(b, i + 1, end);
      String id = null;
      String text = null;
      Map<String, Object> metadata = new LinkedHashMap<>();
      Map<String, Object> nested = null;
      if (i < end && b[i] == '}') {
        i++;
      } else {
        while (true) {
          expect(b, i, end, '"', "expected a field name");
          int keyEnd = JsonStrings.unescape(b, i, end, scratch);
          boolean isText = scratchEquals(textKey);
          boolean isId = !isText && scratchEquals(idKey);
          String key = isText || isId ? null : new String(scratch.bytes, 0, scratch.length, StandardCharsets.UTF_8);
          i = skipSpace(b, keyEnd, end);
          expect(b, i, end, ':', "expected ':'");
          i = skipSpace(b, i + 1, end);
          int valueEnd;
          if (isText) {
            if (b[i] != '"') {
              throw new MalformedDocumentException("missing_text", "field '" + fields.text() + "' is not a string");
            }
            valueEnd = JsonStrings.unescape(b, i, end, scratch);
            text = new String(scratch.bytes, 0, scratch.length, StandardCharsets.UTF_8);
          } else if (isId && b[i] == '"') {
            valueEnd = JsonStrings.unescape(b, i, end, scratch);
            id = new String(scratch.bytes, 0, scratch.length, StandardCharsets.UTF_8);
          } else {
            valueEnd = JsonValues.skip(b, i, end);
            if (isId) {
              id = scalarId(b, i, valueEnd);
            } else if (key.equals("metadata") && b[i] == '{') {
              nested = readMap(b, i, valueEnd);
            } else {
              metadata.put(key, MAPPER.readValue(b, i, valueEnd - i, Object.class));
            }
          }
          i = skipSpace(b, valueEnd, end);
          if (i < end && b[i] == ',') {
            i = skipSpace(b, i + 1, end);
            continue;
          }
          expect(b, i, end, '}', "expected ',' or '}'");
          i++;
          break;
        }
      }
      if (skipSpace(b, i, end) != end) {
        throw new MalformedDocumentException("invalid_json", "trailing content after the JSON object");
      }
      if (text == null) {
        throw new MalformedDocumentException("missing_text", "no '" + fields.text() + "' field");
      }
      if (nested != null) {
        metadata.putAll(nested);
      }
      return new Document(id == null || id.isEmpty() ? fallbackId : id, text, metadata);
    }

    /** A numeric or boolean id as written; null, objects and arrays give no id. */
    private static String scalarId(byte[] b, int i, int valueEnd) {
      String raw = new String(b, i, valueEnd - i, StandardCharsets.UTF_8);
      return raw.equals("null") || b[i] == '{' || b[i] == '[' ? null : raw;
    }

    private boolean scratchEquals(byte[] key) {
      return scratch.length == key.length && java.util.Arrays.equals(scratch.bytes, 0, key.length, key, 0, key.length);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readMap(byte[] b, int from, int to) throws IOException {
      return MAPPER.readValue(b, from, to - from, LinkedHashMap.class);
    }
  }

  private static int skipSpace(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static void expect(byte[] b, int i, int end, char c, String message) throws MalformedDocumentException {
    if (i >= end || b[i] != c) {
      throw new MalformedDocumentException("invalid_json", message + " at byte " + i);
    }
  }

  /** Writes documents as JSON lines to a stream, reusing its buffer; one per writer. */
  public static final class LineWriter {
    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT = ",\"text\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] META = ",\"metadata\":".getBytes(StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final JsonStrings.Scratch line = new JsonStrings.Scratch();

    public LineWriter(OutputStream out) {
      this.out = out;
    }

    /** Writes {@code doc} as one line. */
    public void write(Document doc) throws IOException {
      line.length = 0;
      append(ID);
      JsonStrings.escape(doc.id(), line);
      append(TEXT);
      JsonStrings.escape(doc.text(), line);
      append(META);
      append(MAPPER.writeValueAsBytes(doc.metadata()));
      append(new byte[] {'}', '\n'});
      out.write(line.bytes, 0, line.length);
    }

    /** Writes any JSON-serialisable value (a map, a record) as one line. */
    public void writeValue(Object value) throws IOException {
      out.write(MAPPER.writeValueAsBytes(value));
      out.write('\n');
    }

    private void append(byte[] bytes) {
      line.ensure(bytes.length);
      System.arraycopy(bytes, 0, line.bytes, line.length, bytes.length);
      line.length += bytes.length;
    }
  }
}
