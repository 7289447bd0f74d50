package dev.saring.bench.peers;

import dev.saring.extract.TokenF1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Main-text extraction accuracy and speed, side by side, one thread: saring, Readability4J, boilerpipe's
 * ArticleExtractor and jsoup's {@code body.text()} (the floor, and the parse-only ceiling of speed).
 *
 * <p>gold-text (2,219 pages): token precision, recall and F1 against the full gold text, per page, averaged
 * over pages, per subset; dragnet's gold is cut before its user comments (the article is the main text).
 * trafilatura-eval (990 pages): trafilatura's snippet scoring, precision and recall over all "with" and
 * "without" snippets, per page language.
 *
 * <p>Speed is the better of two full passes after a warm-up, for every extractor alike.
 *
 * <p>Options: {@code --only NAME[,NAME]}, {@code --worst N} (print the N worst gold-text pages of the first
 * extractor), {@code --subset NAME}.
 */
final class ExtractionBench {
  private static double rangeLo = -1;
  private static double rangeHi = -1;

  private ExtractionBench() {}

  static void main(String[] args) throws Exception {
    List<Extractors> extractors = new ArrayList<>(List.of(Extractors.values()));
    int worst = 0;
    String subset = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--only" -> {
          extractors.clear();
          for (String n : args[++i].split(",")) {
            extractors.add(Extractors.valueOf(n.toUpperCase(Locale.ROOT)));
          }
        }
        case "--worst" -> worst = Integer.parseInt(args[++i]);
        case "--subset" -> subset = args[++i];
        case "--range" -> {
          rangeLo = Double.parseDouble(args[++i]);
          rangeHi = Double.parseDouble(args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path shared = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction");
    if (!Files.isDirectory(shared)) {
      shared = Path.of("../../shared/data/extraction");
    }
    List<ExtractionCorpus.GoldPage> gold = ExtractionCorpus.goldText(shared.resolve("gold-text"));
    if (subset != null) {
      String s = subset;
      gold = gold.stream().filter(p -> p.subset().equals(s)).toList();
    }
    List<ExtractionCorpus.SnippetPage> snippets = ExtractionCorpus.trafilaturaEval(shared.resolve("trafilatura-eval"));
    System.out.printf(Locale.ROOT, "gold-text: %d pages; trafilatura-eval: %d pages; one thread%n%n", gold.size(),
        snippets.size());
    goldText(gold, extractors, worst);
    snippets(snippets, extractors);
  }

  private static void goldText(List<ExtractionCorpus.GoldPage> pages, List<Extractors> extractors, int worst) {
    System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %9s   per subset F1%n", "gold-text", "P", "R", "F1", "pages/s");
    for (Extractors x : extractors) {
      warmUp(x, pages.stream().map(ExtractionCorpus.GoldPage::html).toList());
      Map<String, double[]> bySubset = new TreeMap<>();
      double p = 0;
      double r = 0;
      double f = 0;
      List<double[]> perPage = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      double seconds = Double.MAX_VALUE;
      for (int pass = 0; pass < 2; pass++) {
        outputs.clear();
        long t0 = System.nanoTime();
        for (ExtractionCorpus.GoldPage page : pages) {
          outputs.add(x.extract(page.html(), page.url()));
        }
        seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
      }
      for (int i = 0; i < pages.size(); i++) {
        TokenF1 s = TokenF1.of(outputs.get(i), pages.get(i).gold());
        p += s.precision();
        r += s.recall();
        f += s.f1();
        bySubset.computeIfAbsent(pages.get(i).subset(), k -> new double[2]);
        bySubset.get(pages.get(i).subset())[0] += s.f1();
        bySubset.get(pages.get(i).subset())[1]++;
        perPage.add(new double[] {s.f1(), s.precision(), s.recall(), i});
      }
      int n = pages.size();
      StringBuilder subsets = new StringBuilder();
      bySubset.forEach((k, v) -> subsets.append(String.format(Locale.ROOT, " %s %.3f", k, v[0] / v[1])));
      System.out.printf(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %9.0f  %s%n", x.name().toLowerCase(Locale.ROOT),
          p / n, r / n, f / n, n / seconds, subsets);
      if (rangeLo >= 0 && x == extractors.get(0)) {
        for (double[] w : perPage) {
          if (w[0] >= rangeLo && w[0] <= rangeHi) {
            System.out.printf(Locale.ROOT, "   range %-34s F1 %.3f P %.3f R %.3f%n", pages.get((int) w[3]).id(), w[0],
                w[1], w[2]);
          }
        }
      }
      if (worst > 0 && x == extractors.get(0)) {
        perPage.sort(Comparator.comparingDouble(a -> a[0]));
        for (double[] w : perPage.subList(0, Math.min(worst, perPage.size()))) {
          System.out.printf(Locale.ROOT, "   worst %-34s F1 %.3f P %.3f R %.3f%n", pages.get((int) w[3]).id(), w[0],
              w[1], w[2]);
        }
      }
    }
    System.out.println();
  }

  private static void snippets(List<ExtractionCorpus.SnippetPage> pages, List<Extractors> extractors) {
    System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %9s   per language F1 (pages)%n", "trafilatura", "P", "R", "F1",
        "pages/s");
    for (Extractors x : extractors) {
      warmUp(x, pages.stream().map(ExtractionCorpus.SnippetPage::html).toList());
      List<String> outputs = new ArrayList<>();
      double seconds = Double.MAX_VALUE;
      for (int pass = 0; pass < 2; pass++) {
        outputs.clear();
        long t0 = System.nanoTime();
        for (ExtractionCorpus.SnippetPage page : pages) {
          outputs.add(x.extract(page.html(), page.url()));
        }
        seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
      }
      long[] all = new long[4];
      Map<String, long[]> byLang = new TreeMap<>();
      for (int i = 0; i < pages.size(); i++) {
        long[] c = SnippetScore.count(outputs.get(i), pages.get(i).with(), pages.get(i).without());
        long[] l = byLang.computeIfAbsent(pages.get(i).language(), k -> new long[5]);
        for (int k = 0; k < 4; k++) {
          all[k] += c[k];
          l[k] += c[k];
        }
        l[4]++;
      }
      StringBuilder langs = new StringBuilder();
      byLang.forEach((k, v) -> {
        if (v[4] >= 10) {
          langs.append(String.format(Locale.ROOT, " %s %.3f (%d)", k, SnippetScore.f1(v), v[4]));
        }
      });
      System.out.printf(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %9.0f  %s%n", x.name().toLowerCase(Locale.ROOT),
          SnippetScore.precision(all), SnippetScore.recall(all), SnippetScore.f1(all), pages.size() / seconds, langs);
    }
  }

  private static void warmUp(Extractors x, List<String> htmls) {
    for (int i = 0; i < Math.min(200, htmls.size()); i++) {
      x.extract(htmls.get(i), null);
    }
  }

  /** trafilatura's evaluation: a "with" snippet found is a true positive, a "without" snippet found a false one. */
  static final class SnippetScore {
    private SnippetScore() {}

    /** {TP, FN, FP, TN} for one page. */
    static long[] count(String extracted, List<String> with, List<String> without) {
      String text = squash(extracted);
      long[] c = new long[4];
      for (String s : with) {
        c[text.contains(squash(s)) ? 0 : 1]++;
      }
      for (String s : without) {
        c[text.contains(squash(s)) ? 2 : 3]++;
      }
      return c;
    }

    static double precision(long[] c) {
      return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    static double recall(long[] c) {
      return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    static double f1(long[] c) {
      double p = precision(c);
      double r = recall(c);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String squash(String s) {
      return s.replaceAll("\\s+", " ").strip();
    }
  }
}
