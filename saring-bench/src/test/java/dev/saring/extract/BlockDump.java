package dev.saring.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Debugging aid for tuning: the blocks of a page and the path to its chosen container. */
public final class BlockDump {
  private BlockDump() {}

  public static String dump(String html) {
    StringBuilder sb = new StringBuilder();
    Document doc = Jsoup.parse(html);
    Element body = doc.body();
    int before = DomCleaner.textLength(body);
    PageHints hints = PageHints.standard();
    new DomCleaner(hints, new Deadline(0), false, true).clean(body);
    sb.append("text before clean ").append(before).append(", after ").append(DomCleaner.textLength(body)).append('\n');
    List<Block> blocks = BlockCollector.collect(body, new Deadline(0));
    for (Block b : blocks) {
      sb.append(String.format("%4d q=%6.0f ld=%.2f w=%3d h=%d <%s class=%s> %s%n", b.index(), ContentSelector.quality(b),
          b.linkDensity(), b.words(), b.heading(), b.element().normalName(), b.element().className(),
          b.text().substring(0, Math.min(90, b.text().length()))));
    }
    ContentSelector.Selection s = new ContentSelector(hints, false).select(blocks, body);
    sb.append("kept ").append(s.blocks().size()).append(" score ").append(s.score()).append('\n');
    for (Element e = s.container(); e != null; e = e.parent()) {
      sb.append("  path <").append(e.normalName()).append(" class=").append(e.className()).append(" id=").append(e.id())
          .append("> votes ").append(String.format("%.0f", s.votes().getOrDefault(e, 0.0))).append('\n');
    }
    for (Element c : s.container().children()) {
      sb.append("    child <").append(c.normalName()).append(" class=").append(c.className()).append("> votes ")
          .append(String.format("%.0f", s.votes().getOrDefault(c, 0.0))).append('\n');
    }
    return sb.toString();
  }
}
