package dev.saring.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Character classes the filters agree on, by code point. */
public final class Chars {
  /** {@link #isPunctOrSymbol} and {@link #isLetter} for the whole BMP, precomputed: one bit read per character. */
  private static final long[] PUNCT = new long[1024];
  private static final long[] LETTER = new long[1024];

  static {
    for (int c = 0; c < 0x10000; c++) {
      if (classify(c)) {
        PUNCT[c >>> 6] |= 1L << c;
      }
      if (Character.isLetter(c)) {
        LETTER[c >>> 6] |= 1L << c;
      }
    }
  }

  private Chars() {}

  /**
   * Punctuation, symbols and controls: a token made only of these is a symbol, not a word (Gopher's
   * "non-symbol words"). Unicode categories P*, S* and Cc, which cover datatrove's list and more scripts.
   */
  public static boolean isPunctOrSymbol(int cp) {
    return cp < 0x10000 ? (PUNCT[cp >>> 6] & (1L << cp)) != 0 : classify(cp);
  }

  /** {@link Character#isLetter(int)}, from a table for the BMP. */
  public static boolean isLetter(int cp) {
    return cp < 0x10000 ? (LETTER[cp >>> 6] & (1L << cp)) != 0 : Character.isLetter(cp);
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
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = line.charAt(end - 1);
    if (last == '"' || last == '\'') {
      return true;
    }
    int i = end;
    while (i > 0 && isClosingQuoteOrBracket(line.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return false;
    }
    int cp = Character.codePointBefore(line, i);
    if (!isSentenceTerminal(cp)) {
      return false;
    }
    return !(cp == '.' && i >= 3 && line.charAt(i - 2) == '.' && line.charAt(i - 3) == '.');
  }

  /** True when the line ends with an ellipsis, {@code ...} or {@code …}, ignoring trailing spaces. */
  public static boolean endsWithEllipsis(CharSequence line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && (line.charAt(end - 1) == '\u2026'
        || (end >= 3 && line.charAt(end - 1) == '.' && line.charAt(end - 2) == '.' && line.charAt(end - 3) == '.'));
  }
}
