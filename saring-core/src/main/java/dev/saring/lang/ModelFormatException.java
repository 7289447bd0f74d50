package dev.saring.lang;

import java.io.IOException;

/** A model file that is not what it claims to be: wrong magic, truncated, sizes that do not add up. */
public final class ModelFormatException extends IOException {
  public ModelFormatException(String message) {
    super(message);
  }
}
