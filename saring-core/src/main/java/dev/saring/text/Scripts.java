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

  /** True when the code has a script part ({@code ind_Latn}), which tells whether its words are spaced. */
  static boolean namesScript(String code) {
    int underscore = code == null ? -1 : code.indexOf('_');
    return underscore > 0 && code.length() - underscore - 1 == 4;
  }

  /** For untagged text: true when, in its first 2,000 characters, letters of unspaced scripts outnumber spaces. */
  static boolean mostlyUnspaced(String text) {
    int n = Math.min(text.length(), 2_000);
    int unspaced = 0;
    int spaces = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        spaces++;
      } else if (c >= 0x0E00 && c <= 0x0FFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF
          || c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
        unspaced++;
      }
    }
    return unspaced > spaces;
  }
}
