package dev.saring.dedup;

import dev.saring.document.Document;
import dev.saring.step.StepContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Step {@code exact_dedup}: one document per group of equal normalized text (case, runs of whitespace and
 * Unicode form do not count), or of equal URL, or both ({@code by}).
 */
public final class ExactDedupStep extends DedupStep {
  /**
   * Options.
   *
   * @param by {@code text}, {@code url} or {@code text_and_url}
   * @param keep {@code first} (smallest id fingerprint), {@code longest} or {@code score}
   * @param scoreField the metadata field {@code keep: score} reads
   */
  public record Options(String by, String keep, String scoreField, int runRecords) {
    public static final Options DEFAULTS = new Options("text", "first", "quality_score", 2_000_000);

    public Options {
      if (!by.equals("text") && !by.equals("url") && !by.equals("text_and_url")) {
        throw new IllegalArgumentException("by must be text, url or text_and_url: " + by);
      }
    }
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Options options;

  public ExactDedupStep(Options options, StepContext context) {
    super(options.keep(), options.scoreField(), options.runRecords(), context);
    this.options = options;
  }

  @Override
  public String name() {
    return "exact_dedup";
  }

  @Override
  protected long[] bucketKeys(Document doc) {
    String key = switch (options.by()) {
      case "url" -> doc.metaString("url", "\u0000no-url:" + doc.id());
      case "text_and_url" -> normalize(doc.text()) + "\u0000" + doc.metaString("url", "");
      default -> normalize(doc.text());
    };
    return new long[] {fingerprint(key)};
  }

  static String normalize(String text) {
    String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    return SPACES.matcher(nfc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
