package dev.saring.filter;

import dev.saring.text.Chars;
import dev.saring.text.WordSegmenter;
import java.util.Locale;

/**
 * C4's rules for a single line (Raffel et al. 2020, and the rules its released code adds), in datatrove's
 * order; shared by {@code c4} (which also drops pages) and {@code clean_lines} (which only removes lines).
 *
 * <p>Line reasons: {@code too_long_word} (a word over {@code maxWordLength} characters),
 * {@code no_terminal_punct} (does not end a sentence; an ellipsis does not), {@code too_few_words},
 * {@code javascript}, {@code policy} (terms of use, privacy or cookie policy). Page reasons, reported
 * only for lines that passed the earlier rules, as the reference does: {@code lorem_ipsum},
 * {@code curly_bracket}.
 */
final class C4LineRules {
  /** The phrases of C4's code that mark cookie and policy lines. */
  private static final String[] POLICY = {"terms of use", "privacy policy", "cookie policy", "uses cookies",
      "use of cookies", "use cookies"};

  /** What became of a line; {@code reason} is empty when it is kept, {@code pageReason} set to drop the page. */
  record Outcome(String line, String reason, String pageReason) {
    boolean kept() {
      return reason.isEmpty() && pageReason.isEmpty();
    }
  }

  private final boolean removeCitations;
  private final boolean filterNoTerminalPunct;
  private final int minWordsPerLine;
  private final int maxWordLength;
  private final boolean filterLoremIpsum;
  private final boolean filterJavascript;
  private final boolean filterCurlyBracket;
  private final boolean filterPolicy;

  C4LineRules(boolean removeCitations, boolean filterNoTerminalPunct, int minWordsPerLine, int maxWordLength,
      boolean pageRules, boolean filterJavascript, boolean filterPolicy) {
    this.removeCitations = removeCitations;
    this.filterNoTerminalPunct = filterNoTerminalPunct;
    this.minWordsPerLine = minWordsPerLine;
    this.maxWordLength = maxWordLength;
    this.filterLoremIpsum = pageRules;
    this.filterJavascript = filterJavascript;
    this.filterCurlyBracket = pageRules;
    this.filterPolicy = filterPolicy;
  }

  /** Applies the rules to one line (already stripped); words of unspaced scripts come from segmentation. */
  Outcome check(String line, String language) {
    if (maxWordLength > 0 && hasLongWord(line)) {
      return new Outcome(line, "too_long_word", "");
    }
    String cleaned = removeCitations ? removeCitations(line) : line;
    if (filterNoTerminalPunct && (!Chars.endsSentence(cleaned) || Chars.endsWithEllipsis(cleaned))) {
      return new Outcome(cleaned, "no_terminal_punct", "");
    }
    if (minWordsPerLine > 0 && words(line, language) < minWordsPerLine) {
      return new Outcome(cleaned, "too_few_words", "");
    }
    String lower = cleaned.toLowerCase(Locale.ROOT);
    if (filterLoremIpsum && lower.contains("lorem ipsum")) {
      return new Outcome(cleaned, "", "lorem_ipsum");
    }
    if (filterJavascript && lower.contains("javascript")) {
      return new Outcome(cleaned, "javascript", "");
    }
    if (filterCurlyBracket && cleaned.indexOf('{') >= 0) {
      return new Outcome(cleaned, "", "curly_bracket");
    }
    if (filterPolicy) {
      for (String p : POLICY) {
        if (lower.contains(p)) {
          return new Outcome(cleaned, "policy", "");
        }
      }
    }
    return new Outcome(cleaned, "", "");
  }

  private boolean hasLongWord(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        run = 0;
      } else if (++run > maxWordLength) {
        return true;
      }
    }
    return false;
  }

  /** Whitespace-separated words, as C4; tokens without punctuation-only ones for unspaced scripts. */
  static int words(String line, String language) {
    WordSegmenter segmenter = WordSegmenter.forLanguage(language, line);
    if (segmenter.splitsOnSpaces()) {
      return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }
    int[] n = new int[1];
    segmenter.segment(line, (s, e) -> {
      if (!Chars.isPunctOrSymbol(line.codePointAt(s))) {
        n[0]++;
      }
    });
    return n[0];
  }

  /**
   * Removes Wikipedia-style citation marks: {@code [12]}, {@code []}, {@code [edit]},
   * {@code [citation needed]} (C4's citation pattern), without a regular expression.
   */
  static String removeCitations(String line) {
    if (line.indexOf('[') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '[') {
        int close = line.indexOf(']', i);
        if (close > i && isCitation(line, i + 1, close)) {
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isCitation(String line, int from, int to) {
    String inner = line.substring(from, to);
    return inner.equals("edit") || inner.equals("citation needed") || inner.chars().allMatch(Character::isDigit);
  }
}
