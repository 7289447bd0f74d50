package dev.saring.text;

/**
 * Tokens for scripts that separate words with spaces, close to what NLTK's and spaCy's tokenizers give,
 * since the Gopher and FineWeb ratios were defined over their tokens: whitespace separates chunks;
 * punctuation at the start and end of a chunk becomes its own tokens (a run of the same character, like
 * {@code ...} or {@code !!!}, is one token); dashes, ellipses, brackets and quotes inside a chunk split it;
 * commas and semicolons inside a chunk split it unless they sit between digits ({@code 1,000}); dots,
 * hyphens, apostrophes, slashes and {@code @} stay inside words ({@code U.S.}, {@code e-mail},
 * {@code dunia.com}). For English, clitics are split as NLTK does: {@code don't} is {@code do n't}.
 *
 * <p>Example: {@code “Saya (tidak) tahu,” katanya...} gives {@code “ Saya ( tidak ) tahu , ” katanya ...}.
 *
 * <p>Written by hand: ICU's word break iterator is Unicode-correct but 5-10x slower, and its tokens differ
 * from the reference tokenizers on exactly the cases the ratios count (runs of punctuation).
 */
final class SpacedWordSegmenter implements WordSegmenter {
  private static final SpacedWordSegmenter PLAIN = new SpacedWordSegmenter(false);
  private static final SpacedWordSegmenter ENGLISH = new SpacedWordSegmenter(true);
  private static final String[] CLITICS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
      "'d", "’d", "'m", "’m"};

  private final boolean englishClitics;

  private SpacedWordSegmenter(boolean englishClitics) {
    this.englishClitics = englishClitics;
  }

  static SpacedWordSegmenter forLanguage(String code) {
    return code != null && code.startsWith("eng") ? ENGLISH : PLAIN;
  }

  @Override
  public void segment(String text, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        chunk(text, start, i, sink);
      }
    }
  }

  private void chunk(String text, int start, int end, Sink sink) {
    int s = start;
    while (s < end && isEdgePunct(text, s)) {
      int run = runEnd(text, s, end);
      sink.token(s, run);
      s = run;
    }
    int e = end;
    while (e > s && isEdgePunctBefore(text, e)) {
      e = runStart(text, s, e);
    }
    core(text, s, e, sink);
    for (int t = e; t < end; ) {
      int run = runEnd(text, t, end);
      sink.token(t, run);
      t = run;
    }
  }

  /** Splits a chunk's middle at separators, then emits the pieces. */
  private void core(String text, int s, int e, Sink sink) {
    int pieceStart = s;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (isSeparatorChar(c) && isInnerSeparator(text, c, i, s, e)) {
        piece(text, pieceStart, i, sink);
        int run = runEnd(text, i, e);
        sink.token(i, run);
        i = run;
        pieceStart = i;
        continue;
      }
      i++;
    }
    piece(text, pieceStart, e, sink);
  }

  private void piece(String text, int s, int e, Sink sink) {
    if (e <= s) {
      return;
    }
    if (englishClitics && hasApostropheNearEnd(text, s, e)) {
      for (String clitic : CLITICS) {
        int at = e - clitic.length();
        if (at > s && text.regionMatches(true, at, clitic, 0, clitic.length())) {
          sink.token(s, at);
          sink.token(at, e);
          return;
        }
      }
    }
    sink.token(s, e);
  }

  private static boolean hasApostropheNearEnd(String text, int s, int e) {
    for (int i = Math.max(s + 1, e - 4); i < e; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return true;
      }
    }
    return false;
  }

  /** Cheap first test for {@link #isInnerSeparator}: the characters that can split a chunk. */
  private static boolean isSeparatorChar(char c) {
    return c < 0x80 ? SEPARATOR_ASCII[c] : c == '\u2014' || c == '\u2013' || c == '\u2026' || c == '\u201C'
        || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E' || c == '\u2022';
  }

  private static final boolean[] SEPARATOR_ASCII = new boolean[128];

  static {
    for (char c : "()[]{}\"|,;!?".toCharArray()) {
      SEPARATOR_ASCII[c] = true;
    }
  }

  private static boolean isInnerSeparator(String text, char c, int i, int s, int e) {
    if (c == ',' || c == ';' || c == '!' || c == '?') {
      boolean digitsAround = i > s && i + 1 < e && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1));
      return !digitsAround;
    }
    return true;
  }

  /** Punctuation split off the start of a chunk; {@code #}, {@code @}, {@code $} included, as NLTK does. */
  private static boolean isEdgePunct(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? Chars.isPunctOrSymbol(text.codePointAt(i)) : Chars.isPunctOrSymbol(c);
  }

  private static boolean isEdgePunctBefore(String text, int e) {
    char c = text.charAt(e - 1);
    return Character.isLowSurrogate(c) ? Chars.isPunctOrSymbol(text.codePointBefore(e)) : Chars.isPunctOrSymbol(c);
  }

  private static int runEnd(String text, int i, int end) {
    int cp = text.codePointAt(i);
    int len = Character.charCount(cp);
    int j = i + len;
    while (j < end && text.codePointAt(j) == cp) {
      j += len;
    }
    return j;
  }

  private static int runStart(String text, int start, int e) {
    int cp = text.codePointBefore(e);
    int len = Character.charCount(cp);
    int j = e - len;
    while (j > start && text.codePointBefore(j) == cp) {
      j -= len;
    }
    return j;
  }

  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C';
    }
    return c >= '\u0085' && (c == '\u00A0' || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F');
  }
}
