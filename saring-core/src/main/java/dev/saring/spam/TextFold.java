package dev.saring.spam;

import java.text.Normalizer;

/**
 * Case and diacritic folding that maps every char to exactly one char, so positions in folded text are
 * positions in the original: {@code Đánh BẠC} folds to {@code danh bac}. Anything that is neither a letter,
 * a digit nor a combining mark folds to a space, so {@code slot-gacor} and {@code slot_gacor} read as
 * {@code slot gacor}. Combining marks of scripts without precomposed letters (Thai vowels, Devanagari
 * signs) are kept: they are part of the word.
 */
final class TextFold {
  static final char SPACE = ' ';
  private static final char[] TABLE = build();
  private static final boolean[] WORD = buildWord();

  private TextFold() {}

  static char fold(char c) {
    return TABLE[c];
  }

  /** A letter, digit or mark of a script that separates words by spaces: a term may not continue into it. */
  static boolean wordChar(char c) {
    return WORD[c];
  }

  private static boolean[] buildWord() {
    boolean[] w = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      w[c] = TABLE[c] != SPACE && spacedScript((char) c);
    }
    return w;
  }

  /** Letters and digits of scripts that write spaces between words need a boundary around a term. */
  static boolean spacedScript(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
      default -> true;
    };
  }

  /** The folded form of a whole term, with runs of spaces collapsed and the ends trimmed. */
  static String foldTerm(String term) {
    StringBuilder b = new StringBuilder(term.length());
    for (int i = 0; i < term.length(); i++) {
      char f = fold(term.charAt(i));
      if (f == SPACE && (b.length() == 0 || b.charAt(b.length() - 1) == SPACE)) {
        continue;
      }
      b.append(f);
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == SPACE) {
      end--;
    }
    return b.substring(0, end);
  }

  private static char[] build() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = foldOne((char) c);
    }
    return t;
  }

  private static char foldOne(char c) {
    if (Character.isSurrogate(c)) {
      return SPACE;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
      return c;
    }
    if (!Character.isLetterOrDigit(c)) {
      return SPACE;
    }
    switch (c) {
      case 'đ', 'Đ' -> {
        return 'd';
      }
      case 'ı' -> {
        return 'i';
      }
      case 'ł', 'Ł' -> {
        return 'l';
      }
      case 'ø', 'Ø' -> {
        return 'o';
      }
      default -> { }
    }
    boolean decomposable = c < 0x0530 || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0xFF00 && c <= 0xFFEF);
    if (!decomposable) {
      // Hangul syllables and Indic letters decompose into parts that are not the letter; leave them whole.
      return Character.toLowerCase(c);
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    char base = d.isEmpty() ? c : d.charAt(0);
    // Full-width Latin (ｓｌｏｔ) folds to ASCII through NFKD; keep the result only when it is one letter or digit.
    if (!Character.isLetterOrDigit(base)) {
      base = c;
    }
    return Character.toLowerCase(base);
  }
}
