package dev.saring.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Character classes the filters agree on, by code point. */
public final class Chars {
  /**
   * Classes of every BMP char, precomputed: one array read per character, which the word segmenter and the
   * token analysis pay on every char of every document.
   */
  private static final byte[] CLASS = new byte[0x10000];
  static final int PUNCT = 1;
  static final int LETTER = 2;
  static final int SPACE = 4;
  static final int SEPARATOR = 8;
  /** Half of a surrogate pair: the class is the pair's, so callers look at the code point. */
  static final int SURROGATE = 16;

  static {
    for (int c = 0; c < 0x10000; c++) {
      int bits = (classify(c) ? PUNCT : 0) | (Character.isLetter(c) ? LETTER : 0)
          | (spaceBetweenWords((char) c) ? SPACE : 0) | (Character.isSurrogate((char) c) ? SURROGATE : 0);
      CLASS[c] = (byte) bits;
    }
    for (char c : "()[]{}\"|,;!?\u2014\u2013\u2026\u201C\u201D\u00AB\u00BB\u201E\u2022".toCharArray()) {
      CLASS[c] |= SEPARATOR;
    }
  }

  private Chars() {}

  /**
   * Punctuation, symbols and controls: a token made only of these is a symbol, not a word (Gopher's
   * "non-symbol words"). Unicode categories P*, S* and Cc, which cover datatrove's list and more scripts.
   */
  public static boolean isPunctOrSymbol(int cp) {
    return cp < 0x10000 ? (CLASS[cp] & PUNCT) != 0 : classify(cp);
  }

  /** {@link Character#isLetter(int)}, from a table for the BMP. */
  public static boolean isLetter(int cp) {
    return cp < 0x10000 ? (CLASS[cp] & LETTER) != 0 : Character.isLetter(cp);
  }

  /** The class bits of a BMP char ({@link #PUNCT}, {@link #LETTER}, …), for loops that test several at once. */
  static int classOf(char c) {
    return CLASS[c];
  }

  /**
   * Whitespace that separates words: ASCII whitespace, NEL, no-break and typographic spaces, the line and
   * paragraph separators, the ideographic space.
   */
  public static boolean isSpace(char c) {
    return (CLASS[c] & SPACE) != 0;
  }

  /**
   * Characters that split a word in the middle (brackets, quotes, dashes, the ellipsis, {@code , ; ! ?}),
   * before the word segmenter's finer rules.
   */
  static boolean isWordSeparator(char c) {
    return (CLASS[c] & SEPARATOR) != 0;
  }

  private static boolean spaceBetweenWords(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C';
    }
    return c == '\u00A0' || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
  }

  private static boolean classify(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL -> true;
      default -> false;
    };
  }

  /** Sentence-final punctuation in any script (Unicode Sentence_Terminal: . ! ? । 。 ！ ？ ؟ …), not the ellipsis. */
  public static boolean isSentenceTerminal(int cp) {
    return cp == '.' || cp == '!' || cp == '?' || (cp > 0x7F && UCharacter.hasBinaryProperty(cp, UProperty.S_TERM));
  }

  /** Closing quotes and brackets that may follow a sentence's final punctuation: {@code .”} {@code !)}. */
  public static boolean isClosingQuoteOrBracket(int cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '\u201D' || cp == '\u2019'
        || cp == '\u00BB' || cp == '\u300D' || cp == '\u300F' || cp == '\uFF09' || cp == '\u203A';
  }

  /**
   * True when a line ends a sentence: its last character, after closing quotes and brackets, is
   * sentence-terminal punctuation; or it ends with a straight quote (as the C4 and FineWeb stop characters
   * count). An ellipsis ({@code ...} or {@code …}) does not end a sentence.
   * Examples: {@code He left.} yes; {@code “Ayo pulang.”} yes; {@code Wait...} no; {@code Menu} no.
   */
  public static boolean endsSentence(CharSequence line) {
    return endsSentence(line, 0, line.length());
  }

  /** {@link #endsSentence(CharSequence)} of {@code text[start, end)}, without cutting it out. */
  public static boolean endsSentence(CharSequence text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == start) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (last == '"' || last == '\'') {
      return true;
    }
    int i = end;
    while (i > start && isClosingQuoteOrBracket(text.charAt(i - 1))) {
      i--;
    }
    if (i == start) {
      return false;
    }
    int cp = Character.codePointBefore(text, i);
    if (i - Character.charCount(cp) < start) {
      cp = text.charAt(i - 1);
    }
    if (!isSentenceTerminal(cp)) {
      return false;
    }
    return !(cp == '.' && i - start >= 3 && text.charAt(i - 2) == '.' && text.charAt(i - 3) == '.');
  }

  /** True when the line ends with an ellipsis, {@code ...} or {@code …}, ignoring trailing spaces. */
  public static boolean endsWithEllipsis(CharSequence line) {
    return endsWithEllipsis(line, 0, line.length());
  }

  /** {@link #endsWithEllipsis(CharSequence)} of {@code text[start, end)}. */
  public static boolean endsWithEllipsis(CharSequence text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > start && (text.charAt(end - 1) == '\u2026' || (end - start >= 3 && text.charAt(end - 1) == '.'
        && text.charAt(end - 2) == '.' && text.charAt(end - 3) == '.'));
  }
}
