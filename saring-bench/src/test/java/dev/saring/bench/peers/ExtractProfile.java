package dev.saring.bench.peers;

import dev.saring.extract.HtmlExtractor;
import java.nio.file.Path;
import java.util.List;

/** Extracts every gold-text page a few times (the first argument, default 4), for a profiler to watch. */
public final class ExtractProfile {
  private ExtractProfile() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/gold-text");
    List<ExtractionCorpus.GoldPage> pages = ExtractionCorpus.goldText(root);
    HtmlExtractor x = HtmlExtractor.standard();
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    double best = 0;
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      long chars = 0;
      long hash = 0;
      for (ExtractionCorpus.GoldPage p : pages) {
        String text = x.extract(p.html(), p.url()).text();
        chars += text.length();
        hash = hash * 31 + text.hashCode();
      }
      double rate = pages.size() / ((System.nanoTime() - t0) / 1e9);
      best = Math.max(best, rate);
      System.out.printf("%.0f pages/s (%d chars, hash %x)%n", rate, chars, hash);
    }
    System.out.printf("best %.0f pages/s%n", best);
  }
}
