package dev.saring.lidmodel;

import dev.saring.lang.LanguageCodes;
import dev.saring.lang.LanguageGuess;
import dev.saring.lang.ngram.NgramLanguageIdentifier;
import dev.saring.lang.ngram.NgramModel;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Ad-hoc tuning run: macro accuracy of the default identifier on the lingua dev sentences. */
public final class TuneDefault {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    NgramModel model;
    try (InputStream in = new BufferedInputStream(TuneDefault.class.getResourceAsStream("/dev/saring/lang/ngram/default.ngm"), 1 << 20)) {
      model = NgramModel.read(in, "default.ngm");
    }
    System.out.printf("load %.2f s, heap %d MB%n", (System.nanoTime() - t0) / 1e9,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    Path dir = Path.of("/work/shared/data/lid/lingua-sentences");
    List<String> gold = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String code = LanguageCodes.fromLabel(f.getFileName().toString().replace(".txt", ""));
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          gold.add(code);
          texts.add(line);
        }
      }
    }
    double[][] grid = a.length == 0 ? new double[][] {{-1.0, -17.0}}
        : java.util.Arrays.stream(a).map(s -> java.util.Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    for (double[] g : grid) {
      NgramLanguageIdentifier id = new NgramLanguageIdentifier(model, new NgramLanguageIdentifier.Tuning(g[0], g[1], g.length > 3 ? g[3] : 1.0, g.length > 2 ? (int) g[2] : 5), null);
      java.util.Map<String, int[]> per = new java.util.TreeMap<>();
      java.util.Map<String, Integer> confusions = new java.util.HashMap<>();
      long s0 = System.nanoTime();
      double nll = 0;
      double[] binHit = new double[10];
      double[] binConf = new double[10];
      int[] binN = new int[10];
      for (int i = 0; i < texts.size(); i++) {
        List<LanguageGuess> all = id.identify(texts.get(i), 100);
        List<LanguageGuess> r = all.isEmpty() ? all : all.subList(0, 1);
        double pc = 1e-6;
        for (LanguageGuess lg : all) {
          if (lg.code().equals(gold.get(i))) {
            pc = Math.max(pc, lg.probability());
          }
        }
        nll -= Math.log(pc);
        if (!r.isEmpty()) {
          int b = Math.min(9, (int) (r.get(0).probability() * 10));
          binN[b]++;
          binConf[b] += r.get(0).probability();
          binHit[b] += r.get(0).code().equals(gold.get(i)) ? 1 : 0;
        }
        String guess = r.isEmpty() ? "und" : r.get(0).code();
        int[] c = per.computeIfAbsent(gold.get(i), k -> new int[2]);
        c[1]++;
        if (guess.equals(gold.get(i))) {
          c[0]++;
        } else {
          confusions.merge(gold.get(i) + "->" + guess, 1, Integer::sum);
        }
      }
      double secs = (System.nanoTime() - s0) / 1e9;
      double macro = per.values().stream().mapToDouble(c -> (double) c[0] / c[1]).average().orElse(0);
      double ece = 0;
      for (int b = 0; b < 10; b++) {
        ece += binN[b] == 0 ? 0 : Math.abs(binHit[b] - binConf[b]) / texts.size();
      }
      System.out.printf("  nll %.4f ece %.4f%n", nll / texts.size(), ece);
      System.out.printf("%s backoff %.2f floor %.1f: macro %.4f, %.0f sentences/s%n", java.util.Arrays.toString(g), g[0], g[1], macro, texts.size() / secs);
      if (grid.length == 1) {
        per.forEach((k, c) -> System.out.printf("  %s %.3f%n", k, (double) c[0] / c[1]));
        confusions.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
            .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue()));
      }
    }
  }
}
