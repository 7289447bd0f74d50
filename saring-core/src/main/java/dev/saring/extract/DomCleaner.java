package dev.saring.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never main text, in one iterative pass: scripts and media, form controls, navigation and
 * complementary landmarks, hidden elements, and blocks whose class or id marks them as comments, share
 * bars, related links, ads, cookie notices and the like ({@link ClassHints}). A block marked for removal
 * that holds over 40% of the page's text is kept: sites do mislabel their article; a comment section only
 * when it holds over 80%. A comments heading marked as comments stays, for the selector to end the article at
 * ({@link CommentsHeading}). Picture captions ({@code figcaption}) go unless captions hold 30% of the page's
 * text or more (a gallery).
 */
final class DomCleaner {
  /** Never main text; {@code rt} and {@code rp} are ruby readings (furigana), which would double the words. */
  private static final Set<String> ALWAYS = Set.of("script", "style", "template", "svg", "math",
      "canvas", "iframe", "frame", "frameset", "object", "embed", "video", "audio", "source", "track", "map",
      "img", "picture", "input", "button", "select", "option", "textarea", "menu", "dialog", "head", "link",
      "meta", "base", "label", "rt", "rp");
  /**
   * Landmarks that are furniture on most pages, but hold the article on some (and {@code noscript}, which
   * on a few sites holds the whole page): removed unless they do.
   */
  private static final Set<String> LANDMARKS = Set.of("nav", "aside", "footer", "header", "noscript");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar");

  private static final Set<String> COMMENT_TOKENS = Set.of("comment", "comments", "commentlist", "disqus",
      "komentar", "kommentare", "commentaires", "comentarios");

  private final PageHints hints;
  private final Deadline deadline;
  private final boolean keepComments;
  private final boolean keepTables;

  DomCleaner(PageHints hints, Deadline deadline, boolean keepComments, boolean keepTables) {
    this.hints = hints;
    this.deadline = deadline;
    this.keepComments = keepComments;
    this.keepTables = keepTables;
  }

  /** Text length and article marker of each element, measured bottom-up in one pass. */
  private final IdentityHashMap<Element, int[]> measures = new IdentityHashMap<>();
  /** Characters of text in {@code figcaption}s. */
  private int captionChars;
  /** Scripts that hold the article as an HTML template, found while measuring. */
  private final List<Element> templates = new ArrayList<>();
  private final Measurer measurer = new Measurer();

  /**
   * The visitor that measures the page, for a traversal of the whole document that the caller runs and
   * shares (the extractor reads the metadata in the same pass); {@link #clean} measures the body itself when
   * no such traversal ran.
   */
  NodeVisitor measurer() {
    return measurer;
  }

  /** Cleans {@code body} in place. */
  void clean(Element body) {
    if (!measures.containsKey(body)) {
      measure(body);
    }
    // The measuring pass may have walked the whole document; templates in the head stay as they were.
    templates.removeIf(t -> !t.parents().contains(body));
    if (!templates.isEmpty()) {
      templates.forEach(DomCleaner::expandTemplate);
      measures.clear();
      captionChars = 0;
      measure(body);
      templates.clear();
    }
    int total = Math.max(1, measures.get(body)[0]);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        deadline.tick();
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        return shouldRemove(e, total) ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  boolean shouldRemove(Element e, int total) {
    String tag = e.normalName();
    if (ALWAYS.contains(tag)) {
      return true;
    }
    // A caption describes a picture ("Foto: dpa", "Shoppers at the mall in November") and is not the
    // article's text; on a gallery page, where captions hold much of the text, they are the text.
    if (tag.equals("figcaption")) {
      return captionChars * 10 < total * 3;
    }
    if (isHidden(e)) {
      return true;
    }
    String role = e.attributes().getIgnoreCase("role").toLowerCase(Locale.ROOT);
    boolean furniture = (LANDMARKS.contains(tag) && !(tag.equals("header") && e.selectFirst("h1") != null)
        && !isMarkedContent(e))
        || (!role.isEmpty() && FURNITURE_ROLES.contains(role))
        || (!keepTables && tag.equals("table"))
        || (hints.kind(e) == ClassHints.Kind.REMOVE && !tag.equals("article") && !tag.equals("main")
            && !(keepComments && isComment(e)));
    if (!furniture) {
      return false;
    }
    int[] m = measures.get(e);
    if (m == null) {
      m = new int[] {textLength(e), 0};
    }
    // A comments heading marked as comments ("<h2 id=comments>Comments</h2>") stays, so the selector can end
    // the article there when the comments under it carry no mark.
    if (!keepComments && m[0] <= MAX_HEADING_CHARS && isCommentsHeading(e)) {
      return false;
    }
    // Comments grow with a post's readers and often outweigh it; they go unless they are nearly the whole
    // page (a forum thread whose posts a template calls comments).
    if (!keepComments && isCommentSection(e) && m[1] == 0 && m[0] * 10 < total * 8) {
      return true;
    }
    return m[0] * 10 < total * 4 && m[1] == 0;
  }

  private void measure(Element root) {
    NodeTraversor.traverse(measurer, root);
  }

  private static final int MAX_HEADING_CHARS = 60;

  private static boolean isCommentsHeading(Element e) {
    String text = e.text();
    return CommentsHeading.matches(text, BlockCollector.words(text), linkDensity(e));
  }

  private static double linkDensity(Element e) {
    int text = textLength(e);
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += textLength(a);
    }
    return text == 0 ? 0 : (double) linked / text;
  }

  /**
   * Records, for every element, its text length and whether it is or contains an element marked as the
   * article ({@code article}, {@code itemprop=articleBody}, {@code itemtype=…Article}); iterative.
   */
  private final class Measurer implements NodeVisitor {
    private final ArrayDeque<int[]> open = new ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      deadline.tick();
      if (node instanceof Element) {
        open.push(new int[2]);
      } else if (node instanceof TextNode t && !open.isEmpty()) {
        open.peek()[0] += t.getWholeText().length();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      int[] m = open.pop();
      String tag = e.normalName();
      if (isArticleMarker(e)) {
        m[1] = 1;
      }
      if (tag.equals("figcaption")) {
        captionChars += m[0];
      } else if (tag.equals("script") && isHtmlTemplate(e)) {
        templates.add(e);
      }
      measures.put(e, m);
      if (!open.isEmpty()) {
        open.peek()[0] += m[0];
        open.peek()[1] |= m[1];
      }
    }
  }

  /**
   * A landmark whose class or id names an article body ({@code <aside class="entry-content">}) is the site's
   * misuse of the tag, not furniture. Weaker words ("article", "post") are not enough: paywalls and teaser
   * boxes carry them too ({@code <aside class="gate article__item">}).
   */
  private boolean isMarkedContent(Element e) {
    return hints.kind(e) == ClassHints.Kind.STRONG;
  }

  /**
   * A comment section by name: a class or the id starts with a comment word ({@code comments},
   * {@code comment-list}, {@code komentar}); a tag slug that ends with one ({@code internet-comentarios})
   * does not count.
   */
  private static boolean isCommentSection(Element e) {
    for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String t : COMMENT_TOKENS) {
        if (name.startsWith(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isComment(Element e) {
    String attrs = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String t : COMMENT_TOKENS) {
      if (attrs.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArticleMarker(Element e) {
    if (e.normalName().equals("article")) {
      return true;
    }
    String itemprop = e.attributes().getIgnoreCase("itemprop");
    String itemtype = e.attributes().getIgnoreCase("itemtype");
    return itemprop.equalsIgnoreCase("articleBody") || itemtype.contains("Article") || itemtype.contains("BlogPosting");
  }

  /**
   * Some blog platforms ship the article as HTML inside {@code <script type="text/template">} and render it
   * with JavaScript: that HTML is parsed and put in the script's place, so the article is not lost.
   */
  private static boolean isHtmlTemplate(Element e) {
    return e.attr("type").equalsIgnoreCase("text/template") && e.data().length() > 500;
  }

  private static void expandTemplate(Element script) {
    String html = script.data();
    Element holder = new Element("div");
    if (html.length() < 2_000_000) {
      holder.appendChildren(org.jsoup.Jsoup.parseBodyFragment(html).body().childNodesCopy());
    }
    script.replaceWith(holder);
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attributes().getIgnoreCase("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attributes().getIgnoreCase("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Characters of text under {@code e}, iteratively. */
  static int textLength(Element e) {
    int[] n = new int[1];
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        n[0] += t.getWholeText().length();
      }
    }, e);
    return n[0];
  }
}
