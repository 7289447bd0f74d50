package dev.saring.filter;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code c4}: C4's cleaning (Raffel et al. 2020) as datatrove's {@code C4QualityFilter}: every line
 * goes through {@link C4LineRules}; failing lines are removed and recorded in {@code lines_removed}; the
 * page is dropped for {@code lorem_ipsum} or {@code curly_bracket} in a line that otherwise passed, or
 * for {@code too_few_sentences} when the kept lines hold fewer sentences than the minimum. The kept text is
 * the kept lines, stripped, joined with newlines (blank lines go, as in the reference).
 *
 * <p>Two variants set the line and sentence minimums: {@code datatrove} (the shipped defaults: 3 words per
 * line, 5 sentences) and {@code paper} (5 words per line, 3 sentences). Sentences are counted with ICU's
 * sentence break rules for the document's language.
 */
public final class C4QualityFilter implements Step {
  /**
   * Options; {@code min_words_per_line} and {@code min_sentences} default to the variant's values.
   *
   * @param variant {@code datatrove} or {@code paper}
   * @param splitParagraph judge lines (true, as C4) or sentences
   */
  public record Options(String variant, Integer minWordsPerLine, Integer minSentences, boolean splitParagraph,
      boolean removeCitations, boolean filterNoTerminalPunct, int maxWordLength, boolean filterLoremIpsum,
      boolean filterJavascript, boolean filterCurlyBracket, boolean filterPolicy) {
    public static final Options DEFAULTS = new Options("datatrove", null, null, true, true, true, 1000, true,
        true, true, true);

    public Options {
      if (!variant.equals("datatrove") && !variant.equals("paper")) {
        throw new IllegalArgumentException("variant must be datatrove or paper: " + variant);
      }
    }

    int wordsPerLine() {
      return minWordsPerLine != null ? minWordsPerLine : variant.equals("paper") ? 5 : 3;
    }

    int sentences() {
      return minSentences != null ? minSentences : variant.equals("paper") ? 3 : 5;
    }
  }

  private final Options options;
  private final C4LineRules rules;
  private final BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("en"));

  public C4QualityFilter(Options options) {
    this.options = options;
    if (options.filterLoremIpsum() != options.filterCurlyBracket()) {
      throw new IllegalArgumentException("filter_lorem_ipsum and filter_curly_bracket must be set together");
    }
    this.rules = new C4LineRules(options.removeCitations(), options.filterNoTerminalPunct(),
        options.wordsPerLine(), options.maxWordLength(), options.filterLoremIpsum(), options.filterJavascript(),
        options.filterPolicy());
  }

  @Override
  public String name() {
    return "c4";
  }

  @Override
  public Verdict apply(Document doc) {
    String language = doc.language();
    List<String> units = options.splitParagraph() ? Lines.splitLines(doc.text()) : sentencesOf(doc.text());
    List<String> kept = new ArrayList<>();
    List<String[]> removed = new ArrayList<>();
    int sentenceCount = 0;
    for (String raw : units) {
      String line = raw.strip();
      C4LineRules.Outcome outcome = rules.check(line, language);
      if (!outcome.pageReason().isEmpty()) {
        return Verdict.drop(outcome.pageReason());
      }
      if (!outcome.reason().isEmpty()) {
        if (!line.isEmpty()) {
          removed.add(new String[] {outcome.reason(), line});
        }
        continue;
      }
      sentenceCount += options.splitParagraph() ? sentencesOf(outcome.line()).size() : 1;
      kept.add(outcome.line());
    }
    if (sentenceCount < options.sentences()) {
      return Verdict.drop("too_few_sentences");
    }
    removed.forEach(r -> RemovedLines.record(doc, name(), r[0], r[1]));
    doc.text(String.join(options.splitParagraph() ? "\n" : " ", kept).strip());
    return Verdict.KEEP;
  }

  private List<String> sentencesOf(String text) {
    List<String> out = new ArrayList<>();
    sentences.setText(text);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
