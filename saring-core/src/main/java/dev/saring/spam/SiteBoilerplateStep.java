package dev.saring.spam;

import dev.saring.dedup.RepeatedLineStep;
import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Step {@code site_boilerplate}: removes lines that recur on many pages of the same site (the footer,
 * the menu, the spam line injected into every page), recording each with reason {@code site_boilerplate}.
 *
 * <p>Two passes (see {@link RepeatedLineStep}): a census of every distinct line of every page with its site
 * (registered domain, or host), then the filter. A page that would lose more than {@code max_doc_share}
 * of its text is left alone and marked: that is a copy of another page, for dedup to judge, not boilerplate.
 */
public final class SiteBoilerplateStep extends RepeatedLineStep {
  /**
   * Options.
   *
   * @param minPages pages of one site a line must appear on to be boilerplate
   * @param groupBy {@code domain} (registered domain) or {@code host}
   * @param maxDocShare above this share of a page's characters, nothing is removed from it
   * @param runKeys keys held per census before a sorted run is written to disk
   */
  public record Options(int minPages, String groupBy, double maxDocShare, int runKeys) {
    public static final Options DEFAULTS = new Options(4, "domain", 0.8, 4_000_000);

    public Options {
      if (!groupBy.equals("domain") && !groupBy.equals("host")) {
        throw new IllegalArgumentException("group_by must be domain or host: " + groupBy);
      }
    }
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Options options;

  public SiteBoilerplateStep(Options options, StepContext context) {
    super(options.minPages(), options.runKeys(), context);
    this.options = options;
  }

  @Override
  public String name() {
    return "site_boilerplate";
  }

  @Override
  protected long groupHash(Document doc) {
    String url = doc.metaString("url", null);
    String host = url == null ? null : UrlFilter.host(url);
    if (host == null) {
      return 0;
    }
    String site = host;
    if (options.groupBy().equals("domain")) {
      String d = doc.metaString("domain", null);
      d = d != null ? d : UrlFilter.registeredDomain(host);
      site = d != null ? d : host;
    }
    return hash(site);
  }

  /** Case and spacing do not make a footer a different line; lines without a letter never count. */
  @Override
  protected String normalizeLine(String line) {
    String s = line.strip();
    boolean letter = false;
    for (int i = 0; i < s.length() && !letter; i++) {
      letter = Character.isLetter(s.charAt(i));
    }
    return letter ? SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ") : "";
  }

  @Override
  protected Verdict decide(Document doc, String[] lines, boolean[] drop, long removedChars) {
    if (removedChars > options.maxDocShare() * doc.text().length()) {
      doc.metadata().put("site_boilerplate", "skipped:mostly_repeated");
      return Verdict.KEEP;
    }
    for (int i = 0; i < lines.length; i++) {
      if (drop[i]) {
        RemovedLines.record(doc, name(), "site_boilerplate", lines[i]);
      }
    }
    doc.text(without(lines, drop));
    return doc.text().isBlank() ? Verdict.drop("empty") : Verdict.KEEP;
  }
}
