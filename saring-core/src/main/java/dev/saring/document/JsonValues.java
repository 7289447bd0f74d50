package dev.saring.document;

/**
 * Finds where a JSON value ends without building it, so a line's fields can be handed out as slices.
 * Iterative (no recursion), so a hostile line of 100,000 nested brackets cannot overflow the stack; the
 * slice is then parsed by Jackson, which enforces the nesting limit.
 */
final class JsonValues {
  private JsonValues() {}

  /** The index just past the value starting at {@code b[i]}. */
  static int skip(byte[] b, int i, int end) {
    if (i >= end) {
      throw new IllegalArgumentException("missing value");
    }
    byte c = b[i];
    if (c == '"') {
      return skipString(b, i, end);
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      while (i < end) {
        c = b[i];
        if (c == '"') {
          i = skipString(b, i, end);
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        i++;
      }
      throw new IllegalArgumentException("unterminated " + (b[i - 1] == '[' ? "array" : "object"));
    }
    int start = i;
    while (i < end && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\t'
        && b[i] != '\r' && b[i] != '\n') {
      i++;
    }
    if (i == start) {
      throw new IllegalArgumentException("unexpected '" + (char) c + "'");
    }
    return i;
  }

  static int skipString(byte[] b, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      if (b[k] == '\\') {
        k++;
      } else if (b[k] == '"') {
        return k + 1;
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }
}
