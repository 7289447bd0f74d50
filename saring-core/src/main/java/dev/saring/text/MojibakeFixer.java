package dev.saring.text;

import java.nio.charset.Charset;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Latin-1 or windows-1252, so that {@code é} reads as
 * {@code Ã©}, {@code ’} as {@code â€™} and {@code 😀} as {@code ðŸ˜€}. The cases ftfy fixes most, done
 * conservatively: correct text must come out unchanged.
 *
 * <p>A run of characters is re-encoded to the bytes windows-1252 (or Latin-1, for its C1 controls) would
 * give and, when those bytes form exactly one well-formed UTF-8 sequence, replaced by its character. On
 * its own evidence a sequence is only repaired when it cannot be correct text: a lead of {@code Â} or
 * {@code Ã} (giving U+0080..U+00FF), {@code â} giving general punctuation, arrows or letterlike symbols,
 * {@code ð} giving an emoji, or a stray byte-order mark. Once a document shows such mojibake, sequences
 * with other leads are repaired too ({@code Ä\u008d} gives {@code č}). Text encoded wrongly twice is
 * repaired in up to three rounds. windows-1252 leaves five bytes undefined; a decoder turns them into
 * U+FFFD, so {@code â€} followed by U+FFFD is taken for {@code ”} (its byte 0x9D is by far the most
 * frequent of the five after {@code â€}), as ftfy does.
 *
 * <p>Written by hand: there is no Java port of ftfy, and ICU's charset detection works on bytes, not on
 * text that has already been decoded.
 */
public final class MojibakeFixer {
  /** windows-1252 byte of each character of U+0000..U+2122, or -1. */
  private static final int[] BYTE = new int[0x2123];

  static {
    java.util.Arrays.fill(BYTE, -1);
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, cp1252);
      char c = s.charAt(0);
      if (c != '\uFFFD' && c < BYTE.length) {
        BYTE[c] = b;
      }
    }
    for (int b = 0x80; b <= 0x9F; b++) {
      if (BYTE[b] < 0) {
        BYTE[b] = b;
      }
    }
    for (int c = 0xA0; c <= 0xFF; c++) {
      BYTE[c] = c;
    }
  }

  /** A repaired text and how many sequences were repaired. */
  public record Result(String text, int repaired) {}

  private MojibakeFixer() {}

  /** The repaired text; the same instance when nothing needed repair. */
  public static Result fix(String text) {
    if (!mayHaveMojibake(text)) {
      return new Result(text, 0);
    }
    String current = text;
    int total = 0;
    for (int round = 0; round < 3; round++) {
      StringBuilder out = new StringBuilder(current.length());
      int safe = pass(current, out, false);
      String next = out.toString();
      int more = 0;
      if (safe > 0 || total > 0) {
        StringBuilder out2 = new StringBuilder(next.length());
        more = pass(next, out2, true);
        next = out2.toString();
      }
      if (safe + more == 0) {
        break;
      }
      total += safe + more;
      current = next;
    }
    return new Result(current, total);
  }

  /** Cheap test: a possible lead character (U+00C2..U+00F4) is present at all. */
  private static boolean mayHaveMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /** Appends the repaired text to {@code out}; copies unchanged runs in bulk. Returns the repairs made. */
  private static int pass(String s, StringBuilder out, boolean anyLead) {
    int repaired = 0;
    int n = s.length();
    int copied = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < '\u00C2' || c > '\u00F4') {
        i++;
        continue;
      }
      if (c == '\u00E2' && i + 2 < n && s.charAt(i + 1) == '\u20AC' && s.charAt(i + 2) == '\uFFFD') {
        out.append(s, copied, i).append('\u201D');
        i += 3;
        copied = i;
        repaired++;
        continue;
      }
      int need = c <= '\u00DF' ? 1 : c <= '\u00EF' ? 2 : 3;
      if (i + need < n) {
        int cp = decode(s, i, need);
        if (cp >= 0 && (anyLead || isSafe(c, cp))) {
          out.append(s, copied, i).appendCodePoint(cp);
          i += need + 1;
          copied = i;
          repaired++;
          continue;
        }
      }
      i++;
    }
    out.append(s, copied, n);
    return repaired;
  }

  /** The code point the UTF-8 bytes behind {@code s[i..i+need]} encode, or -1. */
  private static int decode(String s, int i, int need) {
    int lead = s.charAt(i);
    int cp = lead & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      char c = s.charAt(i + k);
      int b = c < BYTE.length ? BYTE[c] : -1;
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return cp;
  }

  private static boolean isSafe(char lead, int cp) {
    return switch (lead) {
      case '\u00C2', '\u00C3' -> true;
      case '\u00E2' -> cp >= 0x2000 && cp <= 0x21FF;
      case '\u00EF' -> cp == 0xFEFF || cp == 0xFFFD;
      case '\u00F0' -> cp >= 0x1F000;
      default -> false;
    };
  }
}
