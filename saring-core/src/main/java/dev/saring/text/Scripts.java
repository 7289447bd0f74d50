package dev.saring.text;

import java.util.Set;

/** Which writing systems separate words with spaces. */
final class Scripts {
  /** ISO 15924 codes of scripts written without spaces between words. */
  private static final Set<String> UNSPACED = Set.of("Hani", "Hans", "Hant", "Jpan", "Thai", "Laoo", "Khmr",
      "Mymr", "Tibt", "Java", "Bali");

  private Scripts() {}

  /** True when the code's script part ({@code _Thai}) is written without spaces. */
  static boolean needsDictionary(String code) {
    int underscore = code == null ? -1 : code.indexOf('_');
    return underscore > 0 && UNSPACED.contains(code.substring(underscore + 1));
  }

  /** 1 for the letters of scripts written without spaces (Thai, Lao, Myanmar, Khmer, kana, CJK), else 0. */
  private static final byte[] UNSPACED_LETTER = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean unspaced = c >= 0x0E00 && c <= 0x0FFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF
          || c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
      UNSPACED_LETTER[c] = (byte) (unspaced ? 1 : 0);
    }
  }

  /** For untagged text: true when, in its first 2,000 characters, letters of unspaced scripts outnumber spaces. */
  static boolean mostlyUnspaced(String text) {
    char[] head = new char[Math.min(text.length(), 2_000)];
    text.getChars(0, head.length, head, 0);
    return mostlyUnspaced(head, head.length);
  }

  /**
   * {@link #mostlyUnspaced(String)} over a copy of the text's chars ({@code chars[0, length)}). Counted with
   * no branch per char: the range tests, one char at a time through {@code charAt}, had cost as much per
   * char as segmenting the text.
   */
  static boolean mostlyUnspaced(char[] chars, int length) {
    int n = Math.min(length, 2_000);
    int unspaced = 0;
    int spaces = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      unspaced += UNSPACED_LETTER[c];
      spaces += c == ' ' ? 1 : 0;
    }
    return unspaced > spaces;
  }
}
