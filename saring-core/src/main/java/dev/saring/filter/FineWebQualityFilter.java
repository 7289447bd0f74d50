package dev.saring.filter;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.Chars;
import dev.saring.text.LanguageParams;
import dev.saring.text.LanguageTable;
import dev.saring.text.Lines;
import dev.saring.text.TextAnalysis;

/**
 * Step {@code fineweb}: FineWeb's own quality rules (Penedo et al. 2024), as datatrove's
 * {@code FineWebQualityFilter}: over the non-empty lines of the text, in this order.
 *
 * <p>Reasons:
 * <ul>
 *   <li>{@code empty}: no non-empty line;
 *   <li>{@code line_punct_ratio}: share of lines ending in terminal punctuation (any script's, after
 *       closing quotes; not an ellipsis) below 0.12 (per language);
 *   <li>{@code short_line_ratio}: share of lines of at most 30 characters above 0.67;
 *   <li>{@code char_dup_ratio}: characters in duplicate lines over all non-newline characters above 0.01
 *       (datatrove's shipped value; the paper and FineWeb-2 use 0.1);
 *   <li>{@code list_ratio}: newlines per token above 0.3 (per language).
 * </ul>
 */
public final class FineWebQualityFilter implements Step {
  /**
   * Options; null takes the language's entry in the table.
   *
   * @param linePunctExcludeZero keep documents with no line ending in punctuation at all
   * @param shortLineThr maximum share of short lines; 1 or more disables the test
   * @param charDuplicatesRatio maximum character share of duplicate lines
   */
  public record Options(String language, Double linePunctThr, boolean linePunctExcludeZero, double shortLineThr,
      int shortLineLength, double charDuplicatesRatio, Double newLineRatio) {
    public static final Options DEFAULTS = new Options(null, null, false, 0.67, 30, 0.01, null);

    public Options {
      if (shortLineLength < 0) {
        throw new IllegalArgumentException("short_line_length must be >= 0: " + shortLineLength);
      }
    }
  }

  private final Options options;
  private final LanguageTable table = LanguageTable.standard();
  /** Steps run on one thread at a time. */
  private final DuplicateFinder duplicates = new DuplicateFinder();

  public FineWebQualityFilter(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "fineweb";
  }

  @Override
  public Verdict apply(Document doc) {
    LanguageParams lang = table.get(options.language() != null ? options.language() : doc.language());
    String text = doc.text();
    int[] all = Lines.splitOnNewlineRanges(text);
    int[] lines = new int[all.length];
    int k = 0;
    for (int i = 0; i < all.length; i += 2) {
      if (!isBlank(text, all[i], all[i + 1])) {
        lines[k++] = all[i];
        lines[k++] = all[i + 1];
      }
    }
    lines = java.util.Arrays.copyOf(lines, k);
    int count = k / 2;
    if (count == 0) {
      return Verdict.drop("empty");
    }
    int punct = 0;
    int shortLines = 0;
    for (int i = 0; i < k; i += 2) {
      if (Chars.endsSentence(text, lines[i], lines[i + 1])) {
        punct++;
      }
      if (text.codePointCount(lines[i], lines[i + 1]) <= options.shortLineLength()) {
        shortLines++;
      }
    }
    double punctRatio = (double) punct / count;
    double punctThr = options.linePunctThr() != null ? options.linePunctThr() : lang.linePunctThr();
    if (punctRatio < punctThr && !(punctRatio == 0 && options.linePunctExcludeZero())) {
      return Verdict.drop("line_punct_ratio");
    }
    if ((double) shortLines / count > options.shortLineThr()) {
      return Verdict.drop("short_line_ratio");
    }
    int newlines = all.length / 2 - 1;
    long nonNewline = text.codePointCount(0, text.length()) - newlines;
    if (nonNewline > 0 && duplicates.find(text, lines).chars() / (double) nonNewline
        > options.charDuplicatesRatio()) {
      return Verdict.drop("char_dup_ratio");
    }
    int tokens = TextAnalysis.of(doc).tokenCount();
    double listThr = options.newLineRatio() != null ? options.newLineRatio() : lang.newLineRatio();
    if (tokens > 0 && (double) newlines / tokens > listThr) {
      return Verdict.drop("list_ratio");
    }
    return Verdict.KEEP;
  }

  /** Python's {@code str.isspace()} or empty, on a span. */
  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
