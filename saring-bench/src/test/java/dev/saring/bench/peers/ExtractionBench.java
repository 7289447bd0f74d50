package dev.saring.bench.peers;

import dev.saring.extract.TokenF1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Speed: after the scoring pass (which warms every extractor up on the whole set), {@code --rounds} timed
 * passes (5 by default) that alternate between the extractors, each round in a rotated order, so a slow spell
 * of the machine falls on all of them alike. Printed: each extractor's median pages/s, and the median, lowest
 * and highest of the per-round ratios between saring and each peer.
 *
 * <p>Options: {@code --only NAME[,NAME]}, {@code --worst N} (print the N worst gold-text pages of the first
 * extractor), {@code --subset NAME}, {@code --rounds N}.
 */
final class ExtractionBench {
  private static double rangeLo = -1;
  private static double rangeHi = -1;
  private static int rounds = 5;

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
        case "--rounds" -> {
          rounds = Integer.parseInt(args[++i]);
          if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be >= 1");
          }
        }
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
    List<String> htmls = pages.stream().map(ExtractionCorpus.GoldPage::html).toList();
    List<String> urls = pages.stream().map(ExtractionCorpus.GoldPage::url).toList();
    Map<Extractors, List<String>> outputs = extractEach(extractors, htmls, urls);
    Map<Extractors, double[]> rates = timeRounds(extractors, htmls, urls);
    System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %9s   per subset F1%n", "gold-text", "P", "R", "F1", "pages/s");
    for (Extractors x : extractors) {
      Map<String, double[]> bySubset = new TreeMap<>();
      double p = 0;
      double r = 0;
      double f = 0;
      List<double[]> perPage = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        TokenF1 s = TokenF1.of(outputs.get(x).get(i), pages.get(i).gold());
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
      System.out.printf(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %9.0f  %s%n", x.name().toLowerCase(Locale.ROOT),
          p / n, r / n, f / n, median(rates.get(x)), subsets);
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
    printRatios(rates);
    System.out.println();
  }

  private static void snippets(List<ExtractionCorpus.SnippetPage> pages, List<Extractors> extractors) {
    List<String> htmls = pages.stream().map(ExtractionCorpus.SnippetPage::html).toList();
    List<String> urls = pages.stream().map(ExtractionCorpus.SnippetPage::url).toList();
    Map<Extractors, List<String>> outputs = extractEach(extractors, htmls, urls);
    Map<Extractors, double[]> rates = timeRounds(extractors, htmls, urls);
    System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %9s   per language F1 (pages)%n", "trafilatura", "P", "R", "F1",
        "pages/s");
    for (Extractors x : extractors) {
      long[] all = new long[4];
      Map<String, long[]> byLang = new TreeMap<>();
      for (int i = 0; i < pages.size(); i++) {
        long[] c = SnippetScore.count(outputs.get(x).get(i), pages.get(i).with(), pages.get(i).without());
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
      System.out.printf(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %9.0f  %s%n", x.name().toLowerCase(Locale.ROOT),
          SnippetScore.precision(all), SnippetScore.recall(all), SnippetScore.f1(all), median(rates.get(x)), langs);
    }
    printRatios(rates);
  }

  /** Every extractor's text of every page: the scoring pass, which also warms them up for the timed rounds. */
  private static Map<Extractors, List<String>> extractEach(List<Extractors> extractors, List<String> htmls,
      List<String> urls) {
    Map<Extractors, List<String>> outputs = new EnumMap<>(Extractors.class);
    for (Extractors x : extractors) {
      List<String> out = new ArrayList<>(htmls.size());
      for (int i = 0; i < htmls.size(); i++) {
        out.add(x.extract(htmls.get(i), urls.get(i)));
      }
      outputs.put(x, out);
    }
    return outputs;
  }

  /** Pages/s of each extractor in each round; round {@code r} starts with extractor {@code r mod n}. */
  private static Map<Extractors, double[]> timeRounds(List<Extractors> extractors, List<String> htmls,
      List<String> urls) {
    Map<Extractors, double[]> rates = new EnumMap<>(Extractors.class);
    extractors.forEach(x -> rates.put(x, new double[rounds]));
    long chars = 0;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < extractors.size(); k++) {
        Extractors x = extractors.get((r + k) % extractors.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < htmls.size(); i++) {
          chars += x.extract(htmls.get(i), urls.get(i)).length();
        }
        rates.get(x)[r] = htmls.size() / ((System.nanoTime() - t0) / 1e9);
      }
    }
    if (chars < 0) {
      System.out.println(chars); // keeps the timed work from being optimized away
    }
    return rates;
  }

  /** saring's speed against each peer, round by round: how many times faster, or for jsoup, slower. */
  private static void printRatios(Map<Extractors, double[]> rates) {
    double[] saring = rates.get(Extractors.SARING);
    if (saring == null || rates.size() < 2) {
      return;
    }
    System.out.printf(Locale.ROOT, "speed, %d alternating rounds (median of the per-round ratios, lowest-highest):%n",
        rounds);
    rates.forEach((x, peer) -> {
      if (x == Extractors.SARING) {
        return;
      }
      boolean floor = x == Extractors.JSOUP_BODY;
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = floor ? peer[r] / saring[r] : saring[r] / peer[r];
      }
      double[] sorted = ratio.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "  %-24s %.2fx (%.2f-%.2f)%n",
          floor ? "jsoup_body / saring" : "saring / " + x.name().toLowerCase(Locale.ROOT), median(ratio), sorted[0],
          sorted[rounds - 1]);
    });
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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
