package dev.saring.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a document, one per line: {@code {"id": …, "text": …, "metadata": {…}}}.
 *
 * <p>Reading is lenient about layout and strict about content: the id and text fields are configurable
 * ({@link JsonFields}), every other top-level field and the entries of a {@code metadata} object go into
 * metadata, a numeric id is accepted as its decimal string. A line that is not one JSON object with a
 * string text is a {@link MalformedDocumentException} with a reason, never a half-built document.
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

  /**
   * Parses one JSON line.
   *
   * @param fallbackId the id to use when the line has none (e.g. {@code file.jsonl/17})
   */
  public static Document parse(byte[] buf, int off, int len, JsonFields fields, String fallbackId)
      throws MalformedDocumentException {
    try (JsonParser parser = FACTORY.createParser(buf, off, len)) {
      parser.setCodec(MAPPER);
      return parseObject(parser, fields, fallbackId);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new MalformedDocumentException("invalid_json", e.getMessage());
    }
  }

  /** Parses a JSON string, for tests and small tools. */
  public static Document parse(String json, JsonFields fields) throws MalformedDocumentException {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length, fields, "doc");
  }

  private static Document parseObject(JsonParser parser, JsonFields fields, String fallbackId)
      throws IOException, MalformedDocumentException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedDocumentException("invalid_json", "line is not a JSON object");
    }
    String id = null;
    String text = null;
    Map<String, Object> metadata = new LinkedHashMap<>();
    Map<String, Object> nested = null;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      if (name.equals(fields.text())) {
        if (value != JsonToken.VALUE_STRING) {
          throw new MalformedDocumentException("missing_text", "field '" + name + "' is not a string");
        }
        text = parser.getText();
      } else if (name.equals(fields.id()) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
        id = parser.getText();
      } else if (name.equals("metadata") && value == JsonToken.START_OBJECT) {
        nested = readMap(parser);
      } else {
        metadata.put(name, parser.readValueAs(Object.class));
      }
    }
    if (parser.nextToken() != null) {
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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readMap(JsonParser parser) throws IOException {
    return parser.readValueAs(LinkedHashMap.class);
  }

  private static MalformedDocumentException malformed(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String reason = message != null && message.contains("UTF-8") ? "invalid_utf8" : "invalid_json";
    return new MalformedDocumentException(reason, message);
  }

  /** A generator that writes UTF-8 JSON documents to {@code out}; one line per {@link #write} call. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator gen = FACTORY.createGenerator(out);
    gen.setCodec(MAPPER);
    gen.setRootValueSeparator(null);
    return gen;
  }

  /** Writes {@code doc} as one JSON line. */
  public static void write(Document doc, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", doc.id());
    gen.writeStringField("text", doc.text());
    gen.writeFieldName("metadata");
    gen.writeObject(doc.metadata());
    gen.writeEndObject();
    gen.writeRaw('\n');
  }

  /** The document as one JSON line without the trailing newline, for tools and tests. */
  public static String toJson(Document doc) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (JsonGenerator gen = generator(out)) {
        write(doc, gen);
      }
      String line = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      return line.substring(0, line.length() - 1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
