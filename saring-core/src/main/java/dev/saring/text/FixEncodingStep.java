package dev.saring.text;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;

/**
 * Step {@code fix_encoding}: repairs mojibake with {@link MojibakeFixer} and records the number of repaired
 * sequences in {@code metadata.encoding_fixed}. Never drops a document.
 */
public final class FixEncodingStep implements Step {
  /** No options yet; the repair is conservative by design. */
  public record Options() {
    public static final Options DEFAULTS = new Options();
  }

  public FixEncodingStep(Options options) {
    // Nothing to configure.
  }

  @Override
  public String name() {
    return "fix_encoding";
  }

  @Override
  public Verdict apply(Document doc) {
    MojibakeFixer.Result r = MojibakeFixer.fix(doc.text());
    if (r.repaired() > 0) {
      doc.text(r.text());
      doc.metadata().put("encoding_fixed", r.repaired());
    }
    return Verdict.KEEP;
  }
}
