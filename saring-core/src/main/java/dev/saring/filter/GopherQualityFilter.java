package dev.saring.filter;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.LanguageParams;
import dev.saring.text.LanguageTable;
import dev.saring.text.Lines;
import dev.saring.text.TextAnalysis;
import java.util.List;

/**
 * Step {@code gopher_quality}: Gopher's quality rules (Rae et al. 2021, table A1), decision for decision as
 * datatrove's {@code GopherQualityFilter}. Words are the language's tokens; "words" in the counts are
 * tokens with something other than punctuation, while the hash, ellipsis and alphabetic ratios divide by
 * all tokens, as the reference does. A threshold of 0 (or null for the table-backed ones, when the table
 * has no value) disables its test.
 *
 * <p>Reasons (datatrove's name in brackets), defaults from the paper unless marked:
 * <ul>
 *   <li>{@code min_words} [gopher_short_doc]: fewer than 50 words;
 *   <li>{@code max_words} [gopher_long_doc]: more than 100,000 words;
 *   <li>{@code min_avg_word_length} [gopher_below_avg_threshold]: mean word length below 3 (per language);
 *   <li>{@code max_avg_word_length} [gopher_above_avg_threshold]: mean word length above 10 (per language);
 *   <li>{@code max_hash_ratio} [gopher_too_many_hashes]: {@code #} per token above 0.1;
 *   <li>{@code max_ellipsis_ratio} [gopher_too_many_ellipsis]: {@code ...} and {@code …} per token above 0.1;
 *   <li>{@code max_bullet_lines_ratio} [gopher_too_many_bullets]: over 90% of lines start with • or -;
 *   <li>{@code max_ellipsis_lines_ratio} [gopher_too_many_end_ellipsis]: over 30% of lines end with an ellipsis;
 *   <li>{@code min_alpha_words_ratio} [gopher_below_alpha_threshold]: under 80% of tokens hold a letter
 *       (per language); with {@code alpha_ratio_of: words}, of words instead, punctuation tokens left out
 *       of the count as the paper states the rule (datatrove's tokens put every comma in the denominator,
 *       so number-heavy news in languages tuned that way drops often);
 *   <li>{@code min_stop_words} [gopher_enough_stop_words]: fewer than 2 of the language's stop words
 *       (case-sensitive, as the reference); skipped for languages without a stop-word list.
 * </ul>
 */
public final class GopherQualityFilter implements Step {
  /**
   * Options; a null value takes the language's entry in the table.
   *
   * @param language force one language's parameters; null uses each document's {@code metadata.language}
   */
  public record Options(String language, int minWords, int maxWords, Double minAvgWordLength,
      Double maxAvgWordLength, double maxHashRatio, double maxEllipsisRatio, double maxBulletLinesRatio,
      double maxEllipsisLinesRatio, Double minAlphaWordsRatio, String alphaRatioOf, int minStopWords,
      List<String> stopWords) {
    public static final Options DEFAULTS = new Options(null, 50, 100_000, null, null, 0.1, 0.1, 0.9, 0.3,
        null, "tokens", 2, null);

    public Options {
      if (!alphaRatioOf.equals("tokens") && !alphaRatioOf.equals("words")) {
        throw new IllegalArgumentException("alpha_ratio_of must be tokens or words: " + alphaRatioOf);
      }
      if (minWords < 0 || maxWords < 0 || minStopWords < 0) {
        throw new IllegalArgumentException("word and stop-word counts must be >= 0");
      }
      for (double r : new double[] {maxHashRatio, maxEllipsisRatio, maxBulletLinesRatio, maxEllipsisLinesRatio}) {
        if (r < 0) {
          throw new IllegalArgumentException("ratios must be >= 0: " + r);
        }
      }
    }
  }

  private final Options options;
  private final LanguageTable table = LanguageTable.standard();
  /** The text's chars for finding its lines; steps run on one thread at a time. */
  private final dev.saring.text.ReusedChars reused = new dev.saring.text.ReusedChars();
  private final WordList stopWordsOverride;
  private final java.util.Map<String, WordList> stopWordsByLanguage = new java.util.HashMap<>();

  public GopherQualityFilter(Options options) {
    this.options = options;
    this.stopWordsOverride = options.stopWords() == null ? null : new WordList(options.stopWords());
  }

  @Override
  public String name() {
    return "gopher_quality";
  }

  @Override
  public Verdict apply(Document doc) {
    LanguageParams lang = table.get(options.language() != null ? options.language() : doc.language());
    TextAnalysis a = TextAnalysis.of(doc);
    int words = a.wordCount();
    int tokens = a.tokenCount();
    if (options.minWords() > 0 && words < options.minWords()) {
      return Verdict.drop("min_words");
    }
    if (options.maxWords() > 0 && words > options.maxWords()) {
      return Verdict.drop("max_words");
    }
    if (words > 0) {
      double avg = meanWordLength(a) ;
      double min = orTable(options.minAvgWordLength(), lang.minAvgWordLength());
      double max = orTable(options.maxAvgWordLength(), lang.maxAvgWordLength());
      if (min > 0 && avg < min) {
        return Verdict.drop("min_avg_word_length");
      }
      if (max > 0 && avg > max) {
        return Verdict.drop("max_avg_word_length");
      }
    }
    if (tokens == 0) {
      return Verdict.KEEP;
    }
    String text = doc.text();
    if (options.maxHashRatio() > 0 && (double) count(text, "#") / tokens > options.maxHashRatio()) {
      return Verdict.drop("max_hash_ratio");
    }
    if (options.maxEllipsisRatio() > 0
        && (double) (count(text, "...") + count(text, "\u2026")) / tokens > options.maxEllipsisRatio()) {
      return Verdict.drop("max_ellipsis_ratio");
    }
    Verdict lines = lineRules(text, Lines.splitLinesRanges(reused.of(text), text.length()));
    if (!lines.kept()) {
      return lines;
    }
    double minAlpha = orTable(options.minAlphaWordsRatio(), lang.maxNonAlphaWordsRatio());
    int denominator = options.alphaRatioOf().equals("words") ? words : tokens;
    if (minAlpha > 0 && denominator > 0 && (double) alphaTokens(a) / denominator < minAlpha) {
      return Verdict.drop("min_alpha_words_ratio");
    }
    WordList stopWords = stopWordsOverride != null ? stopWordsOverride
        : stopWordsByLanguage.computeIfAbsent(lang.code(), c -> new WordList(lang.stopwords()));
    if (options.minStopWords() > 0 && !stopWords.isEmpty()
        && stopWords.countIn(a, options.minStopWords()) < options.minStopWords()) {
      return Verdict.drop("min_stop_words");
    }
    return Verdict.KEEP;
  }

  private Verdict lineRules(String text, int[] ranges) {
    int lines = ranges.length / 2;
    if (lines == 0) {
      return Verdict.KEEP;
    }
    int bullets = 0;
    int ellipses = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      int start = ranges[k];
      int end = ranges[k + 1];
      while (start < end && Character.isWhitespace(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      if (start < end && (text.charAt(start) == '\u2022' || text.charAt(start) == '-')) {
        bullets++;
      }
      if (dev.saring.text.Chars.endsWithEllipsis(text, ranges[k], end)) {
        ellipses++;
      }
    }
    if (options.maxBulletLinesRatio() > 0 && (double) bullets / lines > options.maxBulletLinesRatio()) {
      return Verdict.drop("max_bullet_lines_ratio");
    }
    if (options.maxEllipsisLinesRatio() > 0
        && (double) ellipses / lines > options.maxEllipsisLinesRatio()) {
      return Verdict.drop("max_ellipsis_lines_ratio");
    }
    return Verdict.KEEP;
  }

  private static double meanWordLength(TextAnalysis a) {
    long sum = 0;
    for (int t = 0; t < a.tokenCount(); t++) {
      if (!a.isSymbol(t)) {
        sum += a.length(t);
      }
    }
    return (double) sum / a.wordCount();
  }

  private static int alphaTokens(TextAnalysis a) {
    int n = 0;
    for (int t = 0; t < a.tokenCount(); t++) {
      if (a.hasLetter(t)) {
        n++;
      }
    }
    return n;
  }

  /** Python's {@code str.count}: non-overlapping occurrences. */
  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static double orTable(Double option, double table) {
    return option != null ? option : table;
  }
}
