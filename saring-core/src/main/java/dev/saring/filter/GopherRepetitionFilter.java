package dev.saring.filter;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.LanguageParams;
import dev.saring.text.LanguageTable;
import dev.saring.text.Lines;
import dev.saring.text.TextAnalysis;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step {@code gopher_repetition}: Gopher's repetition rules (Rae et al. 2021, table A1), as datatrove's
 * {@code GopherRepetitionFilter}. Duplicates count from their second occurrence. Fractions of characters
 * divide by the text's length in code points.
 *
 * <p>Reasons, defaults from the paper (the n-gram and line thresholds per language from the table):
 * <ul>
 *   <li>{@code dup_para_frac}: duplicate paragraphs (split on blank lines) above 0.30 of paragraphs;
 *   <li>{@code dup_para_char_frac}: characters in duplicate paragraphs above 0.20;
 *   <li>{@code dup_line_frac}: duplicate lines above 0.30 of lines;
 *   <li>{@code dup_line_char_frac}: characters in duplicate lines above 0.20;
 *   <li>{@code top_2_gram}, {@code top_3_gram}, {@code top_4_gram}: the most frequent n-gram's characters
 *       (joined with spaces, times its count) above 0.20 / 0.18 / 0.16;
 *   <li>{@code dup_5_gram} … {@code dup_10_gram}: characters of n-grams seen before (non-overlapping: the
 *       scan jumps past a repeat) above 0.15 / 0.14 / 0.13 / 0.12 / 0.11 / 0.10.
 * </ul>
 * A threshold of 0 disables its test, as in the reference.
 */
public final class GopherRepetitionFilter implements Step {
  /**
   * Options; null takes the language's entry in the table.
   *
   * @param topNGrams n to maximum fraction, e.g. {@code {2: 0.2, 3: 0.18, 4: 0.16}}
   * @param dupNGrams n to maximum fraction, e.g. {@code {5: 0.15, …, 10: 0.1}}
   */
  public record Options(String language, double dupParaFrac, double dupParaCharFrac, Double dupLineFrac,
      double dupLineCharFrac,
      @JsonProperty("top_n_grams") Map<Integer, Double> topNGrams,
      @JsonProperty("dup_n_grams") Map<Integer, Double> dupNGrams) {
    public static final Options DEFAULTS = new Options(null, 0.3, 0.2, null, 0.2, null, null);

    public Options {
      topNGrams = topNGrams == null ? null : new TreeMap<>(topNGrams);
      dupNGrams = dupNGrams == null ? null : new TreeMap<>(dupNGrams);
      for (Map<Integer, Double> m : new Map[] {topNGrams, dupNGrams}) {
        if (m != null && m.keySet().stream().anyMatch(n -> n < 1 || n > 50)) {
          throw new IllegalArgumentException("n-gram sizes must be in 1..50: " + m.keySet());
        }
      }
    }
  }

  private final Options options;
  private final LanguageTable table = LanguageTable.standard();
  private final NGramCounter ngrams = new NGramCounter();
  /** Steps run on one thread at a time. */
  private final DuplicateFinder duplicates = new DuplicateFinder();

  public GopherRepetitionFilter(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "gopher_repetition";
  }

  @Override
  public Verdict apply(Document doc) {
    String text = doc.text();
    if (text.isEmpty()) {
      return Verdict.KEEP;
    }
    LanguageParams lang = table.get(options.language() != null ? options.language() : doc.language());
    TextAnalysis a = TextAnalysis.of(doc);
    double length = a.codePoints();

    int[] paragraphs = Lines.paragraphRanges(text);
    Duplicates paras = duplicates.find(text, paragraphs);
    if (exceeds((double) paras.elements() / (paragraphs.length / 2), options.dupParaFrac())) {
      return Verdict.drop("dup_para_frac");
    }
    if (exceeds(paras.chars() / length, options.dupParaCharFrac())) {
      return Verdict.drop("dup_para_char_frac");
    }
    int[] lines = Lines.newlineRunRanges(text);
    Duplicates dupLines = duplicates.find(text, lines);
    double lineFrac = options.dupLineFrac() != null ? options.dupLineFrac() : lang.dupLineFrac();
    if (exceeds((double) dupLines.elements() / (lines.length / 2), lineFrac)) {
      return Verdict.drop("dup_line_frac");
    }
    if (exceeds(dupLines.chars() / length, options.dupLineCharFrac())) {
      return Verdict.drop("dup_line_char_frac");
    }
    ngrams.reset(a);
    NGramLimits limits = limitsByLanguage.computeIfAbsent(lang, this::limits);
    for (int k = 0; k < limits.topN.length; k++) {
      double limit = limits.topFraction[k] * length;
      if (limits.topFraction[k] > 0 && ngrams.topNGramCharsBound(limits.topN[k]) > limit
          && ngrams.topNGramChars(limits.topN[k]) > limit) {
        return Verdict.drop(limits.topReason[k]);
      }
    }
    for (int k = 0; k < limits.dupN.length; k++) {
      double limit = limits.dupFraction[k] * length;
      if (limits.dupFraction[k] > 0 && ngrams.duplicateNGramCharsBound(limits.maxDupN, limit) > limit
          && ngrams.duplicateNGramChars(limits.dupN[k]) > limit) {
        return Verdict.drop(limits.dupReason[k]);
      }
    }
    return Verdict.KEEP;
  }

  /**
   * The n-gram thresholds of one language, in the order they are tested, with their reasons; {@code maxDupN}
   * is 0 when a duplicate n below 5 is asked for, which the 5-gram bound does not cover.
   */
  private record NGramLimits(int[] topN, double[] topFraction, String[] topReason, int[] dupN,
      double[] dupFraction, String[] dupReason, int maxDupN) {}

  /** By identity: the table hands out one instance per language, and a record's hash reads every field. */
  private final Map<LanguageParams, NGramLimits> limitsByLanguage = new java.util.IdentityHashMap<>();

  private NGramLimits limits(LanguageParams lang) {
    Map<Integer, Double> top = thresholds(options.topNGrams(), lang.topNGrams());
    Map<Integer, Double> dup = thresholds(options.dupNGrams(), lang.dupNGrams());
    return new NGramLimits(top.keySet().stream().mapToInt(Integer::intValue).toArray(),
        top.values().stream().mapToDouble(Double::doubleValue).toArray(),
        top.keySet().stream().map(n -> "top_" + n + "_gram").toArray(String[]::new),
        dup.keySet().stream().mapToInt(Integer::intValue).toArray(),
        dup.values().stream().mapToDouble(Double::doubleValue).toArray(),
        dup.keySet().stream().map(n -> "dup_" + n + "_gram").toArray(String[]::new),
        dup.keySet().stream().mapToInt(Integer::intValue).min().orElse(0) >= 5
            ? dup.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) : 0);
  }

  private static boolean exceeds(double value, double threshold) {
    return threshold > 0 && value > threshold;
  }

  private static Map<Integer, Double> thresholds(Map<Integer, Double> option,
      List<LanguageParams.NGramThreshold> table) {
    if (option != null) {
      return option;
    }
    Map<Integer, Double> out = new TreeMap<>();
    table.forEach(t -> out.put(t.n(), t.fraction()));
    return out;
  }
}
