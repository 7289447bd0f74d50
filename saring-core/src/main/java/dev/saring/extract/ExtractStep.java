package dev.saring.extract;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import java.util.Map;

/**
 * Step {@code extract_html}: replaces an HTML document's text with its main text ({@link HtmlExtractor});
 * documents that are not HTML pass through unchanged.
 *
 * <p>Metadata added: {@code title}, {@code html_lang}, {@code canonical_url}, {@code published} (when the
 * page states them), {@code extraction_score} (0..1, how clearly one container held the page's prose;
 * 0 when the fallback was used), {@code html_truncated} (the page was cut at {@code max_html_mb}).
 *
 * <p>Reasons: {@code no_text} (nothing readable was left). Failure: {@code extract_timeout} (the page took
 * longer than {@code time_budget_ms}).
 */
public final class ExtractStep implements Step {
  /**
   * Options.
   *
   * @param maxHtmlMb pages are cut at this many MB of HTML before parsing
   * @param timeBudgetMs per-page time budget; 0 for none
   * @param includeComments keep user comments
   * @param includeTables keep data tables
   */
  public record Options(int maxHtmlMb, int timeBudgetMs, boolean includeComments, boolean includeTables) {
    public static final Options DEFAULTS = new Options(5, 2_000, false, true);

    public Options {
      if (maxHtmlMb < 1 || maxHtmlMb > 512) {
        throw new IllegalArgumentException("max_html_mb must be in 1..512: " + maxHtmlMb);
      }
      if (timeBudgetMs < 0) {
        throw new IllegalArgumentException("time_budget_ms must be >= 0: " + timeBudgetMs);
      }
    }
  }

  private final HtmlExtractor extractor;

  public ExtractStep(Options options) {
    this.extractor = new HtmlExtractor(new HtmlExtractor.Settings(options.maxHtmlMb() * 1_000_000,
        options.timeBudgetMs(), options.includeComments(), options.includeTables()));
  }

  @Override
  public String name() {
    return "extract_html";
  }

  @Override
  public Verdict apply(Document doc) {
    if (!doc.isHtml()) {
      return Verdict.KEEP;
    }
    Extraction x;
    try {
      x = extractor.extract(doc.text(), doc.metaString(Document.URL, null));
    } catch (RuntimeException e) {
      if (HtmlExtractor.isTimeout(e)) {
        return Verdict.fail("extract_timeout");
      }
      throw e;
    }
    doc.text(x.text());
    Map<String, Object> meta = doc.metadata();
    meta.put(Document.CONTENT_TYPE, "text/plain");
    putIfPresent(meta, "title", x.title());
    putIfPresent(meta, "html_lang", x.language());
    putIfPresent(meta, "canonical_url", x.canonicalUrl());
    putIfPresent(meta, "published", x.published());
    meta.put("extraction_score", Math.round(x.score() * 1000) / 1000.0);
    if (x.truncated()) {
      meta.put("html_truncated", true);
    }
    return x.text().isBlank() ? Verdict.drop("no_text") : Verdict.KEEP;
  }

  private static void putIfPresent(Map<String, Object> meta, String key, String value) {
    if (value != null && !value.isEmpty()) {
      meta.put(key, value);
    }
  }
}
