package dev.saring.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * What a page says about itself, read in one traversal before cleaning: its title ({@code og:title},
 * {@code <title>}, the first {@code h1}), language ({@code <html lang>}), canonical URL
 * ({@code <link rel=canonical>}, {@code og:url}) and publication date (article meta tags,
 * {@code itemprop=datePublished}, JSON-LD {@code datePublished}, the first {@code <time datetime>}).
 * Absent values are empty strings.
 */
record PageMetadata(String title, String language, String canonicalUrl, String published) {
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

  /**
   * Reads the metadata as part of a traversal of the whole document ({@code NodeTraversor.traverse(reader,
   * doc)}), which the extractor shares with the cleaner's measuring.
   */
  static final class Reader implements NodeVisitor {
    private final String[] v = {"", "", "", "", "", "", ""}; // og:title, title, h1, canonical, og:url, date, time

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        read(e, v);
      } else if (node instanceof DataNode d && v[5].isEmpty() && d.parent() != null
          && d.parent().attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        Matcher m = LD_DATE.matcher(d.getWholeData());
        if (m.find()) {
          v[5] = m.group(1);
        }
      }
    }

    /** The metadata of {@code doc}, once the traversal has visited all of it. */
    PageMetadata result(Document doc) {
      Element html = doc.selectFirst("html");
      String lang = html == null ? "" : html.attr("lang").trim();
      String title = !v[0].isEmpty() ? v[0] : !v[1].isEmpty() ? v[1] : v[2];
      String canonical = !v[3].isEmpty() ? v[3] : v[4];
      String date = !v[5].isEmpty() ? v[5] : v[6];
      return new PageMetadata(clip(title), lang, canonical, clip(date));
    }
  }

  private static void read(Element e, String[] v) {
    switch (e.normalName()) {
      case "meta" -> {
        String key = (e.attr("property") + e.attr("name") + e.attr("itemprop")).toLowerCase(Locale.ROOT);
        String content = e.attr("content").trim();
        if (content.isEmpty()) {
          return;
        }
        if (key.equals("og:title") && v[0].isEmpty()) {
          v[0] = content;
        } else if (key.equals("og:url") && v[4].isEmpty()) {
          v[4] = e.absUrl("content").isEmpty() ? content : e.absUrl("content");
        } else if (v[5].isEmpty() && isDateKey(key)) {
          v[5] = content;
        }
      }
      case "title" -> {
        if (v[1].isEmpty()) {
          v[1] = e.text().trim();
        }
      }
      case "h1" -> {
        if (v[2].isEmpty()) {
          v[2] = e.text().trim();
        }
      }
      case "link" -> {
        if (v[3].isEmpty() && e.attr("rel").equalsIgnoreCase("canonical")) {
          v[3] = e.absUrl("href").isEmpty() ? e.attr("href").trim() : e.absUrl("href");
        }
      }
      case "time" -> {
        if (v[6].isEmpty() && !e.attr("datetime").isBlank()) {
          v[6] = e.attr("datetime").trim();
        }
      }
      default -> {
        if (v[5].isEmpty() && e.attr("itemprop").equalsIgnoreCase("datePublished")) {
          String d = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
          v[5] = d.trim();
        }
      }
    }
  }

  private static boolean isDateKey(String key) {
    return key.equals("article:published_time") || key.equals("datepublished") || key.equals("pubdate")
        || key.equals("publishdate") || key.equals("date") || key.equals("dc.date") || key.equals("dc.date.issued")
        || key.equals("dcterms.created") || key.equals("parsely-pub-date") || key.equals("sailthru.date")
        || key.equals("og:published_time");
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) : s;
  }
}
