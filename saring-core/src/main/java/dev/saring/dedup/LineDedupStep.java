package dev.saring.dedup;

import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;

/**
 * Step {@code line_dedup}: CCNet's paragraph dedup. Lines are normalized as CCNet does (lowercase, digits to
 * 0, Unicode punctuation removed, whitespace collapsed) and hashed to 64 bits; a line found in more than
 * {@code max_repeats} documents of the corpus is removed from all of them (reason {@code duplicate_line});
 * a document left with fewer than {@code min_words} words is dropped ({@code too_short_after_dedup}).
 */
public final class LineDedupStep extends RepeatedLineStep {
  /**
   * Options.
   *
   * @param maxRepeats documents a line may appear in and stay
   * @param minChars lines shorter than this (normalized) are never removed: "Yes.", list bullets
   * @param minWords documents with fewer words left are dropped
   */
  public record Options(int maxRepeats, int minChars, int minWords, int runKeys) {
    public static final Options DEFAULTS = new Options(1, 10, 50, 4_000_000);
  }

  private final Options options;

  public LineDedupStep(Options options, StepContext context) {
    super(options.maxRepeats() + 1, options.runKeys(), context);
    if (options.maxRepeats() < 1) {
      throw new IllegalArgumentException("max_repeats must be >= 1: " + options.maxRepeats());
    }
    this.options = options;
  }

  @Override
  public String name() {
    return "line_dedup";
  }

  @Override
  protected long groupHash(Document doc) {
    return 1;
  }

  @Override
  protected String normalizeLine(String line) {
    StringBuilder b = new StringBuilder(line.length());
    boolean space = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isDigit(c)) {
        b.append('0');
        space = false;
      } else if (Character.isWhitespace(c)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else if (c > 127 && isPunctuation(c)) {
        continue;
      } else {
        b.append(Character.toLowerCase(c));
        space = false;
      }
    }
    String s = b.toString().strip();
    return s.length() < options.minChars() ? "" : s;
  }

  private static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
  }

  @Override
  protected Verdict decide(Document doc, String[] lines, boolean[] drop, long removedChars) {
    for (int i = 0; i < lines.length; i++) {
      if (drop[i]) {
        RemovedLines.record(doc, name(), "duplicate_line", lines[i]);
      }
    }
    doc.text(without(lines, drop));
    String t = doc.text().strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    return words < options.minWords() ? Verdict.drop("too_short_after_dedup") : Verdict.KEEP;
  }
}
