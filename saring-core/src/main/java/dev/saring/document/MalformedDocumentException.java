package dev.saring.document;

/**
 * A serialized document that cannot be read; {@link #reason()} is a short stable name the runner counts
 * under ({@code invalid_json}, {@code invalid_utf8}, {@code missing_text}).
 */
public final class MalformedDocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public MalformedDocumentException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
