package dev.saring.bench.peers;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.saring.extract.HtmlExtractor;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/** The extractors measured side by side, behind one function: (html, url) to text. */
enum Extractors {
  SARING((html, url) -> HtmlExtractor.standard().extract(html, url).text()),
  READABILITY4J((html, url) -> {
    String text = new Readability4J(url == null ? "http://example.org/" : url, html).parse().getTextContent();
    return text == null ? "" : text;
  }),
  BOILERPIPE((html, url) -> {
    try {
      String text = ArticleExtractor.INSTANCE.getText(html);
      return text == null ? "" : text;
    } catch (Exception e) {
      return "";
    }
  }),
  JSOUP_BODY((html, url) -> Jsoup.parse(html).body().text());

  private final BiFunction<String, String, String> extract;

  Extractors(BiFunction<String, String, String> extract) {
    this.extract = extract;
  }

  /** The text of a page; an extractor that throws counts as having extracted nothing. */
  String extract(String html, String url) {
    try {
      return extract.apply(html, url);
    } catch (RuntimeException | StackOverflowError e) {
      return "";
    }
  }
}
