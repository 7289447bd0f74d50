package dev.saring.text;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;

/**
 * Step {@code normalize}: Unicode NFC, control characters removed, whitespace and newlines normalized
 * (see {@link TextNormalizer}). Put it after extraction: on HTML it would only squeeze the markup's whitespace.
 *
 * <p>Reasons: {@code empty} (nothing but whitespace and controls was left; on when {@code drop_empty}).
 */
public final class NormalizeStep implements Step {
  /**
   * Options of {@code normalize}.
   *
   * @param nfc compose to NFC
   * @param removeControls remove C0/C1 controls, DEL, stray BOMs
   * @param maxNewlines newlines allowed in a row (2 keeps paragraph breaks)
   * @param dropEmpty drop documents left empty
   */
  public record Options(boolean nfc, boolean removeControls, int maxNewlines, boolean dropEmpty) {
    public static final Options DEFAULTS = new Options(true, true, 2, true);

    public Options {
      if (maxNewlines < 1) {
        throw new IllegalArgumentException("max_newlines must be >= 1: " + maxNewlines);
      }
    }
  }

  private final TextNormalizer normalizer;
  private final boolean dropEmpty;

  public NormalizeStep(Options options) {
    this.normalizer = new TextNormalizer(options.nfc(), options.removeControls(), options.maxNewlines());
    this.dropEmpty = options.dropEmpty();
  }

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public Verdict apply(Document doc) {
    String text = normalizer.normalize(doc.text());
    doc.text(text);
    return dropEmpty && text.isEmpty() ? Verdict.drop("empty") : Verdict.KEEP;
  }
}
