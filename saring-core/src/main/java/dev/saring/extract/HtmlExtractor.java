package dev.saring.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the main text of an HTML page: parse (jsoup), read metadata, clean the DOM, cut blocks, choose
 * the main ones, join them one per line. Thread-safe; each call is independent.
 *
 * <p>Written by hand: no maintained Java library reaches the accuracy of trafilatura (measured in
 * {@code saring-bench extract} against Readability4J and boilerpipe), and its heuristics are the product.
 */
public final class HtmlExtractor {
  /**
   * How to extract.
   *
   * @param maxChars HTML beyond this many characters is cut before parsing
   * @param timeBudgetMillis per-page budget; 0 for none
   * @param includeComments keep user comments (marked as comments by class or id, or under a comments
   *     heading); off: they are not the article
   * @param includeTables keep data tables (layout tables that hold the page are always read)
   */
  public record Settings(int maxChars, long timeBudgetMillis, boolean includeComments, boolean includeTables) {
    /** 5 million characters, 2 seconds, no comments, tables. */
    public static final Settings DEFAULTS = new Settings(5_000_000, 2_000, false, true);

    public Settings {
      if (maxChars < 1) {
        throw new IllegalArgumentException("max_chars must be >= 1: " + maxChars);
      }
      if (timeBudgetMillis < 0) {
        throw new IllegalArgumentException("time budget must be >= 0: " + timeBudgetMillis);
      }
    }
  }

  private final Settings settings;

  public HtmlExtractor(Settings settings) {
    this.settings = settings;
  }

  /** Defaults: 5 million characters, 2 seconds, no comments, tables. */
  public static HtmlExtractor standard() {
    return new HtmlExtractor(Settings.DEFAULTS);
  }

  /**
   * Extracts {@code html}; {@code url} resolves relative links in metadata and may be null.
   *
   * @throws Deadline.Exceeded when the page takes longer than the budget
   */
  public Extraction extract(String html, String url) {
    Deadline deadline = new Deadline(settings.timeBudgetMillis());
    boolean truncated = html.length() > settings.maxChars();
    Document doc = Jsoup.parse(truncated ? html.substring(0, settings.maxChars()) : html, url == null ? "" : url);
    deadline.check();
    PageHints hints = PageHints.standard();
    DomCleaner cleaner = new DomCleaner(hints, deadline, settings.includeComments(), settings.includeTables());
    PageMetadata.Reader metaReader = new PageMetadata.Reader();
    // One read-only pass serves both: each full traversal of a large DOM costs about what a rule does.
    NodeTraversor.traverse(both(metaReader, cleaner.measurer()), doc);
    PageMetadata meta = metaReader.result(doc);
    Element body = doc.body();
    cleaner.clean(body);
    List<Block> blocks = BlockCollector.collect(body, deadline);
    ContentSelector.Selection selection = new ContentSelector(hints, settings.includeComments()).select(blocks, body);
    StringBuilder text = new StringBuilder();
    for (Block b : selection.blocks()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(b.text());
    }
    return new Extraction(text.toString(), meta.title(), meta.language(), meta.canonicalUrl(), meta.published(),
        selection.score(), truncated);
  }

  private static NodeVisitor both(NodeVisitor a, NodeVisitor b) {
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        a.head(node, depth);
        b.head(node, depth);
      }

      @Override
      public void tail(Node node, int depth) {
        a.tail(node, depth);
        b.tail(node, depth);
      }
    };
  }

  /** True when {@code e} is the time-budget failure of {@link #extract}. */
  public static boolean isTimeout(RuntimeException e) {
    return e instanceof Deadline.Exceeded;
  }
}
