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
    char[] chars = new char[text.length()];
    text.getChars(0, chars.length, chars, 0);
    segment(text, chars, sink);
  }

  /**
   * Works on a copy of the text's chars: {@code String.charAt} checks the string's coder and bounds on every
   * call, which made these loops several times slower than reading an array. A chunk without punctuation,
   * separators or surrogates (most words of prose) is one token, hashed in the same scan that finds its end.
   */
  @Override
  public void segment(String text, char[] chars, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Chars.isSpace(chars[i])) {
        i++;
      }
      int start = i;
      int seen = 0;
      long h = TextAnalysis.HASH_SEED;
      long w = 0;
      while (i < n) {
        char c = chars[i];
        int cls = Chars.classOf(c);
        if ((cls & Chars.SPACE) != 0) {
          break;
        }
        seen |= cls;
        w = w << 16 | c;
        if ((++i - start & 3) == 0) {
          h = TextAnalysis.hashBlock(h, w);
          w = 0;
        }
      }
      if (i == start) {
        continue;
      }
      if ((seen & (Chars.PUNCT | Chars.SEPARATOR | Chars.SURROGATE)) == 0) {
        sink.plainToken(start, i, TextAnalysis.hashFinish(h, w, i - start), (seen & Chars.LETTER) != 0);
      } else {
        chunk(chars, start, i, sink);
      }
    }
  }

  private void chunk(char[] text, int start, int end, Sink sink) {
    int s = start;
    while (s < end && isEdgePunct(text, s, end)) {
      int run = runEnd(text, s, end);
      sink.token(s, run);
      s = run;
    }
    int e = end;
    while (e > s && isEdgePunctBefore(text, s, e)) {
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
  private void core(char[] text, int s, int e, Sink sink) {
    int pieceStart = s;
    int i = s;
    while (i < e) {
      char c = text[i];
      if (Chars.isWordSeparator(c) && isInnerSeparator(text, c, i, s, e)) {
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

  private void piece(char[] text, int s, int e, Sink sink) {
    if (e <= s) {
      return;
    }
    if (englishClitics && hasApostropheNearEnd(text, s, e)) {
      for (String clitic : CLITICS) {
        int at = e - clitic.length();
        if (at > s && equalsIgnoringCase(text, at, clitic)) {
          sink.token(s, at);
          sink.token(at, e);
          return;
        }
      }
    }
    sink.token(s, e);
  }

  /** {@code String.regionMatches(true, …)}'s comparison, char by char. */
  private static boolean equalsIgnoringCase(char[] text, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      char a = text[at + k];
      char b = word.charAt(k);
      if (a == b) {
        continue;
      }
      char ua = Character.toUpperCase(a);
      char ub = Character.toUpperCase(b);
      if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasApostropheNearEnd(char[] text, int s, int e) {
    for (int i = Math.max(s + 1, e - 4); i < e; i++) {
      char c = text[i];
      if (c == '\'' || c == '\u2019') {
        return true;
      }
    }
    return false;
  }

  /** Commas, semicolons, {@code !} and {@code ?} between two digits ({@code 1,000}) do not split. */
  private static boolean isInnerSeparator(char[] text, char c, int i, int s, int e) {
    if (c == ',' || c == ';' || c == '!' || c == '?') {
      boolean digitsAround = i > s && i + 1 < e && Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1]);
      return !digitsAround;
    }
    return true;
  }

  /** Punctuation split off the start of a chunk; {@code #}, {@code @}, {@code $} included, as NLTK does. */
  private static boolean isEdgePunct(char[] text, int i, int end) {
    char c = text[i];
    return Character.isHighSurrogate(c) ? Chars.isPunctOrSymbol(Character.codePointAt(text, i, end))
        : Chars.isPunctOrSymbol(c);
  }

  private static boolean isEdgePunctBefore(char[] text, int start, int e) {
    char c = text[e - 1];
    return Character.isLowSurrogate(c) ? Chars.isPunctOrSymbol(Character.codePointBefore(text, e, start))
        : Chars.isPunctOrSymbol(c);
  }

  private static int runEnd(char[] text, int i, int end) {
    int cp = Character.codePointAt(text, i, end);
    int len = Character.charCount(cp);
    int j = i + len;
    while (j < end && Character.codePointAt(text, j, end) == cp) {
      j += len;
    }
    return j;
  }

  /** The start of the run of one code point that ends at {@code e}, never reading before {@code start}. */
  private static int runStart(char[] text, int start, int e) {
    int cp = Character.codePointBefore(text, e, start);
    int len = Character.charCount(cp);
    int j = e - len;
    while (j > start && Character.codePointBefore(text, j, start) == cp) {
      j -= len;
    }
    return j;
  }
}
