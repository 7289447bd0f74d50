package dev.saring.text;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * Unicode and whitespace normalization of extracted text: one cleaning pass, then NFC. An instance is used by
 * one thread at a time, as steps are.
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
  /**
   * One bit per BMP char that can make a text other than NFC: NFC_Quick_Check No or Maybe (it decomposes, or
   * may compose with the char before it), a nonzero combining class (marks must be in canonical order), or
   * a surrogate (supplementary chars are left to ICU). A text with none of them passes Unicode's quick check
   * (UAX #15) as YES. Taken from ICU's property data, so it follows ICU's Unicode version.
   */
  private static final long[] NOT_SURELY_NFC = bmpBits(
      new UnicodeSet("[[:NFC_QC=N:][:NFC_QC=M:][:^ccc=0:][:Cs:]]"));

  private static final byte OTHER = 0;
  private static final byte VISIBLE = 1;
  private static final byte SPACE = 2;
  /** Set with either of the others for a char of {@link #NOT_SURELY_NFC}. */
  private static final byte MAY_NEED_NFC = 4;
  /**
   * Per BMP char: {@link #VISIBLE} for the chars the fast path copies, {@link #SPACE} for U+0020, plus
   * {@link #MAY_NEED_NFC}: one load gives the path and the NFC note.
   */
  private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean visible = c > ' ' && c < 0x7F || c > 0xA0 && c < 0x2000 && c != 0x1680 || c > 0x3000 && c < 0xD800;
      KIND[c] = (byte) ((visible ? VISIBLE : c == ' ' ? SPACE : OTHER)
          | ((NOT_SURELY_NFC[c >>> 6] & 1L << c) != 0 ? MAY_NEED_NFC : 0));
    }
  }

  private final boolean nfc;
  private final boolean removeControls;
  private final int maxNewlines;
  private final ReusedChars chars = new ReusedChars();

  public TextNormalizer(boolean nfc, boolean removeControls, int maxNewlines) {
    if (maxNewlines < 1) {
      throw new IllegalArgumentException("max_newlines must be >= 1: " + maxNewlines);
    }
    this.nfc = nfc;
    this.removeControls = removeControls;
    this.maxNewlines = maxNewlines;
  }

  /**
   * The normalized form of {@code text}, in one pass over a copy of the chars written in place: the output
   * never runs ahead of the input, as every rule keeps, drops or replaces characters one for one. The
   * original string comes back when nothing changed, which is the case for most extracted text.
   *
   * <p>A space after a visible character is kept at once and taken back if a line break follows.
   */
  public String normalize(String s) {
    int n = s.length();
    char[] buf = chars.of(s);
    int len = 0;
    boolean replaced = false;
    int kinds = 0;
    int accept = VISIBLE;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      // Visible ASCII and the letters of most scripts (Latin-1 and up to U+1FFF, CJK, Hangul) are never a
      // space, break, control or surrogate, and a single space after one of them is kept: all are copied as
      // they are, only noted for the NFC check. Testing for spaces on their own took a wrong branch at every
      // word's end, a third of the step's time. The state is a mask of the kinds accepted next (a space only
      // right after a visible char), computed, not branched on, so that the loop's one branch goes the same
      // way for words and spaces.
      int kind = KIND[c];
      if ((kind & accept) != 0) {
        kinds |= kind;
        buf[len++] = c;
        accept = VISIBLE | (kind << 1 & SPACE);
        continue;
      }
      accept = VISIBLE;
      // The last char written stands for the state (after a space, after a break, at the start), so that the
      // common path above carries nothing from one char to the next.
      char last = len == 0 ? '\n' : buf[len - 1];
      if (c == ' ' && last != ' ' && last != '\n') {
        buf[len++] = c;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && buf[i + 1] == '\n') {
          continue;
        }
        c = '\n';
        replaced = true;
      }
      if (isLineBreak(c)) {
        if (last == ' ') {
          len--;
        }
        if (len > 0 && newlinesAtEnd(buf, len) < maxNewlines) {
          replaced |= c != '\n';
          buf[len++] = '\n';
        }
        continue;
      }
      if (isHorizontalSpace(c)) {
        if (last != ' ' && last != '\n') {
          replaced |= c != ' ';
          buf[len++] = ' ';
        }
        continue;
      }
      kinds |= kind;
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(buf[i + 1])) {
          buf[len++] = c;
          buf[len++] = buf[++i];
        }
        continue;
      }
      if (removeControls && isControl(c)) {
        continue;
      }
      buf[len++] = c;
    }
    while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == '\n')) {
      len--;
    }
    String cleaned = len == n && !replaced ? s : new String(buf, 0, len);
    // A text with none of the chars of NOT_SURELY_NFC is NFC, so it skips ICU's check, a second pass over
    // the whole text. Otherwise ICU's quick check answers most texts without the buffer isNormalized
    // allocates per call; a MAYBE (a char that may compose with the one before) gets the full check.
    return nfc && (kinds & MAY_NEED_NFC) != 0 && NFC.quickCheck(cleaned) != Normalizer.YES && !NFC.isNormalized(cleaned)
        ? NFC.normalize(cleaned) : cleaned;
  }

  private static long[] bmpBits(UnicodeSet set) {
    long[] bits = new long[1 << 10];
    for (int r = 0; r < set.getRangeCount(); r++) {
      for (int cp = set.getRangeStart(r), end = Math.min(set.getRangeEnd(r), 0xFFFF); cp <= end; cp++) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return bits;
  }

  private static int newlinesAtEnd(char[] buf, int len) {
    int k = 0;
    while (k < len && buf[len - 1 - k] == '\n') {
      k++;
    }
    return k;
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
