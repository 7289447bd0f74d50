package dev.saring.document;

/** UTF-8 checks on raw bytes, without decoding them. */
public final class Utf8 {
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGHS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * True when {@code bytes[off, off+len)} is well-formed UTF-8 (no overlong forms, no surrogates, nothing
   * above U+10FFFF). A sequence cut at the end of the range counts as well-formed when {@code allowCutTail},
   * since a sniffing window may end mid-character.
   */
  public static boolean isValid(byte[] bytes, int off, int len, boolean allowCutTail) {
    int i = off;
    int end = off + len;
    while (i < end) {
      // Most web text is ASCII: skip eight ASCII bytes at a time.
      while (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGHS) == 0) {
        i += 8;
      }
      if (i >= end) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int need;
      int min;
      if ((b & 0xE0) == 0xC0) {
        need = 1;
        min = 0x80;
      } else if ((b & 0xF0) == 0xE0) {
        need = 2;
        min = 0x800;
      } else if ((b & 0xF8) == 0xF0) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= end) {
        return allowCutTail && tailIsPrefix(bytes, i + 1, end);
      }
      int cp = b & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int c = bytes[i + k];
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }

  private static boolean tailIsPrefix(byte[] bytes, int from, int end) {
    for (int k = from; k < end; k++) {
      if ((bytes[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** True when some byte in the range is not ASCII. */
  public static boolean hasNonAscii(byte[] bytes, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
