package dev.saring.io;

/** An input that cannot be used at all: a path that does not exist, a folder with nothing to read. */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
