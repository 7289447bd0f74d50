package dev.saring.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a cleaned body into {@link Block}s in one iterative traversal: text nodes accumulate until a
 * block-level element starts or ends, or a line break occurs. Whitespace collapses as a browser renders
 * it, except inside {@code pre}.
 */
final class BlockCollector implements NodeVisitor {
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
      "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
      "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html",
      "legend", "option", "frame", "noframes");

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> stack = new ArrayDeque<>();
  private final StringBuilder buf = new StringBuilder();
  private final Deadline deadline;
  private int linkDepth;
  private int linkChars;
  private int preDepth;
  private boolean pendingSpace;

  private BlockCollector(Deadline deadline) {
    this.deadline = deadline;
  }

  /** The blocks of {@code body} in document order. */
  static List<Block> collect(Element body, Deadline deadline) {
    BlockCollector c = new BlockCollector(deadline);
    c.stack.push(body);
    NodeTraversor.traverse(c, body);
    c.flush();
    return c.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    deadline.tick();
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e) || depth == 0) {
      return;
    }
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      stack.push(e);
      if (tag.equals("pre")) {
        preDepth++;
      }
    } else if (tag.equals("br")) {
      flush();
    } else if (tag.equals("a") && e.hasAttr("href")) {
      linkDepth++;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e) || depth == 0) {
      return;
    }
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      stack.pop();
      if (tag.equals("pre")) {
        preDepth--;
      }
    } else if (tag.equals("a") && e.hasAttr("href")) {
      linkDepth--;
    } else if (tag.equals("td") || tag.equals("th")) {
      pendingSpace = true;
    }
  }

  private void append(String text) {
    int before = buf.length();
    if (preDepth > 0) {
      buf.append(text);
    } else {
      // Runs between whitespace are copied whole: most text is words, and a char-by-char copy was a
      // measurable share of the extraction.
      int n = text.length();
      int i = 0;
      while (i < n) {
        int start = i;
        while (i < n && !isCollapsible(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          if (pendingSpace) {
            buf.append(' ');
            pendingSpace = false;
          }
          buf.append(text, start, i);
        }
        if (i < n) {
          pendingSpace = buf.length() > 0;
          i++;
        }
      }
    }
    if (linkDepth > 0) {
      linkChars += buf.length() - before;
    }
  }

  private static boolean isCollapsible(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u000C';
  }

  private void flush() {
    pendingSpace = false;
    if (buf.length() == 0) {
      return;
    }
    String text = preDepth > 0 ? buf.toString().strip() : buf.toString();
    buf.setLength(0);
    int links = Math.min(linkChars, text.length());
    linkChars = 0;
    if (text.isEmpty()) {
      return;
    }
    Element element = stack.peek();
    String tag = element.normalName();
    int heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0' : 0;
    blocks.add(new Block(text, links, words(text), sentenceMarks(text), element, heading,
        insideListItem(), blocks.size()));
  }

  private boolean insideListItem() {
    int n = 0;
    for (Element e : stack) {
      if (e.normalName().equals("li")) {
        return true;
      }
      if (++n > 3) {
        return false;
      }
    }
    return false;
  }

  static int words(String text) {
    int words = 0;
    int unspaced = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3040 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0x0E00 && c <= 0x0EFF) {
        unspaced++;
      }
      boolean space = c == ' ' || c == '\n';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return Math.max(words, unspaced / 2);
  }

  static int sentenceMarks(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '\u3002' || c == '\uFF0C'
          || c == '\u3001' || c == '\uFF01' || c == '\uFF1F' || c == '\u0964' || c == '\u060C' || c == '\u061F') {
        n++;
      }
    }
    return n;
  }
}
