package dev.saring.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Lists the elements the cleaner would remove, with their text length. */
public final class RemovalDump {
  private RemovalDump() {}

  public static String dump(String html) {
    StringBuilder sb = new StringBuilder();
    Element body = Jsoup.parse(html).body();
    int total = DomCleaner.textLength(body);
    DomCleaner cleaner = new DomCleaner(PageHints.standard(), new Deadline(0), false, true);
    for (Element e : body.getAllElements()) {
      int len = DomCleaner.textLength(e);
      if (len > 200 && cleaner.shouldRemove(e, total)) {
        sb.append(String.format("REMOVE <%s class=%s id=%s role=%s style=%s> %d chars%n", e.normalName(), e.className(),
            e.id(), e.attr("role"), e.attr("style"), len));
      }
    }
    return sb.toString();
  }
}
