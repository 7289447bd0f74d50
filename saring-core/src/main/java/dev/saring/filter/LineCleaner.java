package dev.saring.filter;

import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.BoilerplateLexicon;
import dev.saring.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step {@code clean_lines}: removes boilerplate lines and keeps the rest of the document, recording each
 * removed line in {@code metadata.lines_removed} with its reason.
 *
 * <p>Line reasons:
 * <ul>
 *   <li>from the boilerplate lexicon ({@code boilerplate.tsv}): {@code share_widget}, {@code read_more},
 *       {@code cookie_notice}, {@code copyright}, {@code advertisement}, {@code subscribe},
 *       {@code comments}, {@code tags}, {@code navigation}, {@code credit} (picture credits and sources:
 *       "Foto: dpa", "Quelle: Reuters"), {@code rating} (rating and feedback widgets: "Was this article
 *       helpful?"), {@code post_meta} ("Updated: 03.04.2020", "This entry was posted in ...");
 *   <li>{@code navigation}, also structurally: breadcrumbs ({@code Home » News » Asia}) and menu rows
 *       ({@code Home | About | Contact}): three or more short parts between separators, at most 12 words;
 *   <li>{@code symbol_line}: no letter or digit at all ({@code -----}, {@code * * *}, {@code |||});
 *   <li>C4's line rules when {@code c4_rules} is on: {@code too_long_word}, {@code no_terminal_punct},
 *       {@code too_few_words}, {@code javascript}, {@code policy}.
 * </ul>
 * Document reason: {@code empty} when no line is left ({@code drop_empty}).
 */
public final class LineCleaner implements Step {
  /**
   * Options.
   *
   * @param c4Rules also apply C4's line rules (never its page rules)
   * @param c4MinWords C4's minimum words per line, when {@code c4_rules} is on
   */
  public record Options(boolean boilerplate, boolean symbolLines, boolean c4Rules, int c4MinWords,
      boolean dropEmpty) {
    public static final Options DEFAULTS = new Options(true, true, false, 3, true);

    public Options {
      if (c4MinWords < 0) {
        throw new IllegalArgumentException("c4_min_words must be >= 0: " + c4MinWords);
      }
    }
  }

  private static final String SEPARATORS = "»›>|/·•";

  private final Options options;
  private final BoilerplateLexicon lexicon = BoilerplateLexicon.standard();
  private final C4LineRules c4;

  public LineCleaner(Options options) {
    this.options = options;
    this.c4 = new C4LineRules(true, true, options.c4MinWords(), 1000, false, true, true);
  }

  @Override
  public String name() {
    return "clean_lines";
  }

  @Override
  public Verdict apply(Document doc) {
    List<String> lines = Lines.splitOnNewline(doc.text());
    List<String> kept = new ArrayList<>(lines.size());
    boolean changed = false;
    for (String line : lines) {
      if (line.isBlank()) {
        kept.add(line);
        continue;
      }
      Optional<String> reason = reasonToRemove(line, doc.language());
      if (reason.isPresent()) {
        RemovedLines.record(doc, name(), reason.get(), line);
        changed = true;
      } else {
        kept.add(line);
      }
    }
    if (changed) {
      doc.text(Lines.joinCollapsingBlankLines(kept));
    }
    return options.dropEmpty() && doc.text().isBlank() ? Verdict.drop("empty") : Verdict.KEEP;
  }

  private Optional<String> reasonToRemove(String line, String language) {
    if (options.symbolLines() && !hasLetterOrDigit(line)) {
      return Optional.of("symbol_line");
    }
    if (options.boilerplate()) {
      Optional<String> lexical = lexicon.match(line);
      if (lexical.isPresent()) {
        return lexical;
      }
      if (isNavigation(line)) {
        return Optional.of("navigation");
      }
    }
    if (options.c4Rules()) {
      C4LineRules.Outcome outcome = c4.check(line.strip(), language);
      if (!outcome.reason().isEmpty()) {
        return Optional.of(outcome.reason());
      }
    }
    return Optional.empty();
  }

  /** Three or more short parts between separators, few words, no sentence punctuation at the end. */
  static boolean isNavigation(String line) {
    String s = line.strip();
    int words = BoilerplateLexicon.wordCount(s);
    if (words > 12 || dev.saring.text.Chars.endsSentence(s)) {
      return false;
    }
    int parts = 0;
    int partWords = 0;
    int maxPartWords = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (SEPARATORS.indexOf(c) >= 0 && spaced(s, i)) {
        parts += partWords > 0 ? 1 : 0;
        maxPartWords = Math.max(maxPartWords, partWords);
        partWords = 0;
        inWord = false;
      } else if (c == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        partWords++;
      }
    }
    parts += partWords > 0 ? 1 : 0;
    maxPartWords = Math.max(maxPartWords, partWords);
    return parts >= 3 && maxPartWords <= 4;
  }

  /** Breadcrumb separators stand between spaces; {@code 14/02/2026} and {@code and/or} are not menus. */
  private static boolean spaced(String s, int i) {
    return (i > 0 && s.charAt(i - 1) == ' ') || (i + 1 < s.length() && s.charAt(i + 1) == ' ');
  }

  private static boolean hasLetterOrDigit(String line) {
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
