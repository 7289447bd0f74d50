package dev.saring.document;

/**
 * Which top-level JSON fields hold a document's id and text; every other field goes to metadata.
 *
 * @param id field name of the id, {@code "id"} by default
 * @param text field name of the text, {@code "text"} by default (dolma, datatrove, FineWeb)
 */
public record JsonFields(String id, String text) {
  /** {@code id} and {@code text}. */
  public static final JsonFields DEFAULT = new JsonFields("id", "text");

  public JsonFields {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("id field name must not be empty");
    }
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("text field name must not be empty");
    }
    if (id.equals(text)) {
      throw new IllegalArgumentException("id and text field must differ: " + id);
    }
  }
}
