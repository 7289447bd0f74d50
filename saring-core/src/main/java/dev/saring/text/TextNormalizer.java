package dev.saring.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode and whitespace normalization of extracted text: one cleaning pass, then NFC.
 *
 * <ul>
 *   <li>NFC composition (ICU4J), so {@code e + U+0301} and {@code é} count as the same word; it runs
 *       after cleaning so that a mark separated from its letter by a removed control still composes;
 *   <li>C0 and C1 controls, DEL, stray byte-order marks and unpaired surrogates are removed (tab and
 *       newlines are whitespace, not controls);
 *   <li>every run of horizontal whitespace (space, tab, no-break and typographic spaces, ideographic space)
 *       becomes one ASCII space; spaces at the start and end of lines go;
 *   <li>CR LF, CR, vertical tab, form feed, NEL and the Unicode line and paragraph separators become
 *       {@code \n}; at most {@code maxNewlines} newlines in a row (2 keeps one blank line between
 *       paragraphs); none at the start or end of the text.
 * </ul>
 * Example: {@code "  Halo\u00A0\u00A0dunia \r\n\r\n\r\n\u0007Apa kabar? "} gives
 * {@code "Halo dunia\n\nApa kabar?"}.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final boolean nfc;
  private final boolean removeControls;
  private final int maxNewlines;

  public TextNormalizer(boolean nfc, boolean removeControls, int maxNewlines) {
    if (maxNewlines < 1) {
      throw new IllegalArgumentException("max_newlines must be >= 1: " + maxNewlines);
    }
    this.nfc = nfc;
    this.removeControls = removeControls;
    this.maxNewlines = maxNewlines;
  }

  /** The normalized form of {@code text}. */
  public String normalize(String text) {
    String cleaned = isClean(text) ? text : clean(text);
    return nfc && !NFC.isNormalized(cleaned) ? NFC.normalize(cleaned) : cleaned;
  }

  /**
   * True when {@link #clean} would return the text unchanged: no controls, no space but single ASCII
   * spaces between other characters, only single or double {@code \n}, nothing blank at the edges.
   * Most already extracted text passes, and is then not copied.
   */
  private boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    char prev = '\n';
    int newlines = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != ' ') {
        prev = c;
        newlines = 0;
        continue;
      }
      if (c == ' ') {
        if (prev == ' ' || prev == '\n' || i + 1 == n || s.charAt(i + 1) == '\n') {
          return false;
        }
      } else if (c == '\n') {
        if (i == 0 || ++newlines > maxNewlines || i + 1 == n) {
          return false;
        }
      } else if (c < 0x20 || isLineBreak(c) || isHorizontalSpace(c) || Character.isSurrogate(c)
          || (removeControls && isControl(c))) {
        return false;
      } else {
        newlines = 0;
      }
      prev = c;
    }
    return true;
  }

  private String clean(String s) {
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) {
        // Printable ASCII, most of any text: only the pending break or space to write before it.
        if (len > 0 && (newlines | (space ? 1 : 0)) != 0) {
          len = separator(out, len, newlines);
        }
        newlines = 0;
        space = false;
        out[len++] = c;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (isLineBreak(c)) {
        newlines++;
        space = false;
        continue;
      }
      if (isHorizontalSpace(c)) {
        space = true;
        continue;
      }
      boolean pair = false;
      if (Character.isSurrogate(c)) {
        if (!(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)))) {
          continue;
        }
        pair = true;
      } else if (removeControls && isControl(c)) {
        continue;
      }
      if (len > 0 && (newlines > 0 || space)) {
        len = separator(out, len, newlines);
      }
      newlines = 0;
      space = false;
      out[len++] = c;
      if (pair) {
        out[len++] = s.charAt(++i);
      }
    }
    return new String(out, 0, len);
  }

  /** Writes what separates two kept characters: up to {@code maxNewlines} newlines, else one space. */
  private int separator(char[] out, int len, int newlines) {
    if (newlines == 0) {
      out[len++] = ' ';
      return len;
    }
    for (int k = Math.min(newlines, maxNewlines); k > 0; k--) {
      out[len++] = '\n';
    }
    return len;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
  }
}
