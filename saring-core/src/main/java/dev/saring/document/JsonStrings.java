package dev.saring.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON string escaping and unescaping over UTF-8 bytes, for the two fields every document has.
 *
 * <p>Written by hand because it is the hot path of every JSONL run and Jackson's string code falls back to
 * a per-character path whenever a string holds escapes, which web text (newlines, quotes) always does:
 * measured on 200 MB of real pages, Jackson parsed strings at ~100 MB/s and wrote them at ~110-200 MB/s.
 * Here the next byte that needs attention (a quote, a backslash, a control byte) is found eight bytes at a
 * time with SWAR arithmetic on {@code long} words, runs between them are copied with
 * {@code System.arraycopy}, and the result is decoded once with the JDK's intrinsified UTF-8 decoder.
 * Everything else in a line (metadata values, nesting) stays with Jackson.
 */
final class JsonStrings {
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** Per ASCII byte: 0 = copy as is, 1 = escape as \X, 2 = escape as \\u00XX. */
  private static final byte[] ESCAPE = new byte[128];

  static {
    Arrays.fill(ESCAPE, 0, 0x20, (byte) 2);
    for (char c : new char[] {'\b', '\f', '\n', '\r', '\t'}) {
      ESCAPE[c] = 1;
    }
    ESCAPE['"'] = 1;
    ESCAPE['\\'] = 1;
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private JsonStrings() {}

  /** A growable byte buffer that callers reuse between strings. */
  static final class Scratch {
    byte[] bytes = new byte[1 << 12];
    int length;

    void ensure(int extra) {
      if (length + extra > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + extra, bytes.length * 2));
      }
    }
  }

  /**
   * Unescapes the JSON string whose opening quote is at {@code b[at]} into {@code out} (as UTF-8 bytes)
   * and returns the index just past its closing quote.
   *
   * @throws IllegalArgumentException when the string is unterminated or has a bad escape
   */
  static int unescape(byte[] b, int at, int end, Scratch out) {
    out.length = 0;
    int i = at + 1;
    int run = i;
    while (i < end) {
      i = nextSpecial(b, i, end);
      if (i >= end) {
        break;
      }
      byte c = b[i];
      if (c == '"') {
        copy(b, run, i, out);
        return i + 1;
      }
      if (c == '\\') {
        copy(b, run, i, out);
        i = unescapeOne(b, i, end, out);
        run = i;
        continue;
      }
      if (c >= 0 && c < 0x20) {
        throw new IllegalArgumentException("control character in string at " + i);
      }
      i++;
    }
    throw new IllegalArgumentException("unterminated string");
  }

  /**
   * The index of the first quote, backslash or control byte at or after {@code i}, or {@code end}.
   * Bytes of multi-byte UTF-8 sequences are {@code >= 0x80} and never match.
   */
  static int nextSpecial(byte[] b, int i, int end) {
    while (i + 8 <= end) {
      long v = (long) LONGS.get(b, i);
      long quote = v ^ (ONES * '"');
      long slash = v ^ (ONES * '\\');
      long hits = ((quote - ONES) & ~quote) | ((slash - ONES) & ~slash) | ((v - ONES * 0x20) & ~v);
      hits &= HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      i += 8;
    }
    while (i < end) {
      int c = b[i];
      if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
        return i;
      }
      i++;
    }
    return end;
  }

  private static void copy(byte[] b, int from, int to, Scratch out) {
    int n = to - from;
    if (n > 0) {
      out.ensure(n);
      System.arraycopy(b, from, out.bytes, out.length, n);
      out.length += n;
    }
  }

  private static int unescapeOne(byte[] b, int i, int end, Scratch out) {
    if (i + 1 >= end) {
      throw new IllegalArgumentException("unterminated escape");
    }
    byte e = b[i + 1];
    out.ensure(4);
    byte simple = switch (e) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> 0;
    };
    if (simple != 0) {
      out.bytes[out.length++] = simple;
      return i + 2;
    }
    if (e != 'u') {
      throw new IllegalArgumentException("bad escape \\" + (char) e);
    }
    int cp = hex4(b, i + 2, end);
    int next = i + 6;
    if (Character.isHighSurrogate((char) cp) && next + 5 < end && b[next] == '\\' && b[next + 1] == 'u') {
      int low = hex4(b, next + 2, end);
      if (Character.isLowSurrogate((char) low)) {
        appendCodePoint(Character.toCodePoint((char) cp, (char) low), out);
        return next + 6;
      }
    }
    // A lone surrogate cannot be UTF-8; it becomes U+FFFD, as Jackson's String would when re-encoded.
    appendCodePoint(Character.isSurrogate((char) cp) ? 0xFFFD : cp, out);
    return next;
  }

  private static int hex4(byte[] b, int at, int end) {
    if (at + 4 > end) {
      throw new IllegalArgumentException("short \\u escape");
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(b[at + k], 16);
      if (d < 0) {
        throw new IllegalArgumentException("bad \\u escape");
      }
      v = (v << 4) | d;
    }
    return v;
  }

  private static void appendCodePoint(int cp, Scratch out) {
    byte[] o = out.bytes;
    int n = out.length;
    if (cp < 0x80) {
      o[n++] = (byte) cp;
    } else if (cp < 0x800) {
      o[n++] = (byte) (0xC0 | (cp >> 6));
      o[n++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o[n++] = (byte) (0xE0 | (cp >> 12));
      o[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      o[n++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      o[n++] = (byte) (0xF0 | (cp >> 18));
      o[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      o[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      o[n++] = (byte) (0x80 | (cp & 0x3F));
    }
    out.length = n;
  }

  /**
   * Appends {@code s} as a quoted JSON string to {@code out}. Non-ASCII characters are written as UTF-8,
   * not escaped; an unpaired surrogate becomes {@code ?}, as the JDK's UTF-8 encoder writes it, since
   * UTF-8 cannot hold it.
   */
  static void escape(String s, Scratch out) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.ensure(utf8.length + 2);
    out.bytes[out.length++] = '"';
    int run = 0;
    for (int i = nextSpecial(utf8, 0, utf8.length); i < utf8.length; i = nextSpecial(utf8, i + 1, utf8.length)) {
      int c = utf8[i];
      copy(utf8, run, i, out);
      out.ensure(6);
      byte[] o = out.bytes;
      int n = out.length;
      o[n++] = '\\';
      if (ESCAPE[c] == 1) {
        o[n++] = (byte) switch (c) {
          case '\b' -> 'b';
          case '\f' -> 'f';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          default -> c;
        };
      } else {
        o[n++] = 'u';
        o[n++] = '0';
        o[n++] = '0';
        o[n++] = HEX[c >> 4];
        o[n++] = HEX[c & 0xF];
      }
      out.length = n;
      run = i + 1;
    }
    copy(utf8, run, utf8.length, out);
    out.ensure(1);
    out.bytes[out.length++] = '"';
  }
}
