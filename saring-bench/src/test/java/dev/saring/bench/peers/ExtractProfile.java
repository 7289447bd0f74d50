package dev.saring.bench.peers;

import dev.saring.extract.HtmlExtractor;
import java.nio.file.Path;
import java.util.List;

/** Extracts every gold-text page a few times, for a profiler to watch. */
public final class ExtractProfile {
  private ExtractProfile() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/gold-text");
    List<ExtractionCorpus.GoldPage> pages = ExtractionCorpus.goldText(root);
    HtmlExtractor x = HtmlExtractor.standard();
    for (int rep = 0; rep < 4; rep++) {
      long t0 = System.nanoTime();
      long chars = 0;
      for (ExtractionCorpus.GoldPage p : pages) {
        chars += x.extract(p.html(), p.url()).text().length();
      }
      System.out.printf("%.0f pages/s (%d chars)%n", pages.size() / ((System.nanoTime() - t0) / 1e9), chars);
    }
  }
}
