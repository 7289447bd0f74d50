package dev.saring.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document on its way through a pipeline: a stable id, its current text and its metadata.
 *
 * <p>Documents are mutable on purpose: a pipeline step rewrites the text (extraction, normalization,
 * line removal) or adds signals to the metadata, and copying a 100 KB page at every step would cost more
 * than the steps themselves. A document belongs to one worker thread at a time.
 *
 * <p>Metadata keeps insertion order, so a document written twice is written byte for byte the same.
 * Values are JSON-like: {@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map} or null.
 */
public final class Document {
  /** Metadata key of the language code ({@code ind_Latn}); the writer routes kept documents by it. */
  public static final String LANGUAGE = "language";
  /** Metadata key of the MIME type of {@link #text()} while it is still markup ({@code text/html}). */
  public static final String CONTENT_TYPE = "content_type";
  /** Metadata key of the source URL. */
  public static final String URL = "url";

  private final String id;
  private String text;
  private final Map<String, Object> metadata;
  private Object analysis;

  /** A document with an empty metadata map. */
  public Document(String id, String text) {
    this(id, text, new LinkedHashMap<>());
  }

  /** A document that owns {@code metadata} (no copy is made). */
  public Document(String id, String text, Map<String, Object> metadata) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  /** Replaces the text, as a transform step does; what was derived from the old text is forgotten. */
  public void text(String newText) {
    this.text = Objects.requireNonNull(newText, "text");
    this.analysis = null;
  }

  /**
   * A value derived from the current text that steps share (words counted once per document, not once
   * per filter); {@code compute} runs when there is none or when {@code valid} says the cached one no
   * longer fits (it was made for another language). Replacing the text clears it.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Class<T> type, java.util.function.Predicate<T> valid,
      java.util.function.Function<Document, T> compute) {
    if (type.isInstance(analysis) && valid.test((T) analysis)) {
      return (T) analysis;
    }
    T value = compute.apply(this);
    analysis = value;
    return value;
  }

  /** The live metadata map; steps add their signals to it. */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** A metadata value as a string, or {@code fallback} when absent or not a string. */
  public String metaString(String key, String fallback) {
    Object value = metadata.get(key);
    return value instanceof String s ? s : fallback;
  }

  /** The language code in metadata, or {@code und} when none has been set. */
  public String language() {
    return metaString(LANGUAGE, "und");
  }

  /** True while the text is still HTML that an extraction step has to turn into prose. */
  public boolean isHtml() {
    String type = metaString(CONTENT_TYPE, "");
    return type.startsWith("text/html") || type.startsWith("application/xhtml");
  }

  @Override
  public String toString() {
    String head = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "Document[" + id + ", " + text.length() + " chars: " + head.replace('\n', ' ') + "]";
  }
}
