package dev.saring.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.lang.LanguageCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Language identification side by side: saring's default and fastText engine, the fastText CLI, Lingua
 * high and low, Optimaize. Each JVM detector runs in its own child process pinned to one core, so load
 * time, heap and resident memory are its own; the parent scores every prediction the same way.
 *
 * <p>Run: {@code mvn -q -pl saring-bench -am test-compile exec:java -Dexec.args="lid"}; options
 * {@code --only a,b} and {@code --limit N} (sentences per language).
 */
public final class LidBench {
  static final List<String> DETECTORS =
      List.of("saring", "saring-nomalayic", "saring-fasttext", "fasttext-cli", "lingua-high", "lingua-low", "optimaize");

  private record Item(String set, String gold, String text) {}

  private LidBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      LidBenchChild.run(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
      return;
    }
    List<String> only = DETECTORS;
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--only" -> only = List.of(args[++i].split(","));
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path shared = Path.of(System.getProperty("saring.shared", "../shared"));
    if (!Files.isDirectory(shared.resolve("data/lid"))) {
      shared = Path.of("../../shared");
    }
    Path lid176 = shared.resolve("models/lid.176.ftz");
    List<Item> items = items(shared, limit);
    int timed = (int) items.stream().filter(it -> it.set().equals("lingua")).count();
    Path work = Files.createTempDirectory("saring-lid-bench");
    Path input = work.resolve("input.txt");
    Files.write(input, items.stream().map(Item::text).toList(), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d lingua sentences (%d languages) timed; %d more items scored%n", timed,
        items.stream().filter(it -> it.set().equals("lingua")).map(Item::gold).distinct().count(), items.size() - timed);

    Map<String, List<String>> predictions = new LinkedHashMap<>();
    Map<String, String> costs = new LinkedHashMap<>();
    for (String name : only) {
      Path out = work.resolve(name + ".pred");
      String cost = name.equals("fasttext-cli")
          ? fastTextCli(lid176, input, timed, work, out)
          : child(name, input, timed, lid176, out);
      if (cost == null) {
        continue;
      }
      costs.put(name, cost);
      predictions.put(name, Files.readAllLines(out, StandardCharsets.UTF_8));
    }
    report(items, predictions, costs);
  }

  /** The lingua dev sentences (timed), then own Indonesian/Malay texts and Detik articles (scored only). */
  private static List<Item> items(Path shared, int limit) throws IOException {
    List<Item> items = new ArrayList<>();
    try (var files = Files.list(shared.resolve("data/lid/lingua-sentences"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String gold = LanguageCodes.fromLabel(f.getFileName().toString().replace(".txt", ""));
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (String line : lines.subList(0, Math.min(limit, lines.size()))) {
          items.add(new Item("lingua", gold, oneLine(line)));
        }
      }
    }
    Path own = Path.of(System.getProperty("saring.root", "..")).resolve(
        "saring-core/src/test/resources/dev/saring/lang/malayic-texts.tsv");
    if (!Files.exists(own)) {
      own = Path.of("saring-core/src/test/resources/dev/saring/lang/malayic-texts.tsv");
    }
    for (String line : Files.readAllLines(own, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 3 || !(f[0].equals("ind_Latn") || f[0].equals("zsm_Latn"))) {
        continue;
      }
      items.add(new Item("own-text", f[0], f[2]));
      for (String sentence : f[2].split("(?<=[.!?])\\s+(?=[A-Z\"“])")) {
        if (sentence.split("\\s+").length >= 5) {
          items.add(new Item("own-sentence", f[0], sentence));
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(shared.resolve("data/text-id/detik-news.jsonl"))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        items.add(new Item("detik-article", "ind_Latn", oneLine(n.get("text").asText())));
        for (String para : n.get("text").asText().split("\n")) {
          if (para.split("\\s+").length >= 8) {
            items.add(new Item("detik-paragraph", "ind_Latn", oneLine(para)));
          }
        }
      }
    }
    return items;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static List<String> pinned(List<String> cmd) {
    List<String> out = new ArrayList<>();
    if (new java.io.File("/usr/bin/taskset").exists()) {
      out.addAll(List.of("/usr/bin/taskset", "-c", "0"));
    }
    out.addAll(cmd);
    return out;
  }

  private static String child(String name, Path input, int timed, Path lid176, Path out)
      throws IOException, InterruptedException {
    String heap = name.startsWith("saring") ? "-Xmx1g" : "-Xmx12g";
    List<String> cmd = pinned(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", "-cp", classpath(),
        LidBench.class.getName(), "child", name, input.toString(), Integer.toString(timed), lid176.toString(),
        out.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      System.out.printf("%s: failed (exit %d)%n", name, p.exitValue());
      return null;
    }
    System.out.printf("%-18s %s%n", name, result);
    return result;
  }

  /** The classpath this class came from: under exec:java that is the plugin's loader, not java.class.path. */
  private static String classpath() {
    if (LidBench.class.getClassLoader() instanceof java.net.URLClassLoader urls) {
      List<String> parts = new ArrayList<>();
      for (java.net.URL u : urls.getURLs()) {
        try {
          parts.add(Path.of(u.toURI()).toString());
        } catch (java.net.URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
      return String.join(java.io.File.pathSeparator, parts);
    }
    return System.getProperty("java.class.path");
  }

  /** The CLI as users run it: one process over the whole file, wall time including model load. */
  private static String fastTextCli(Path model, Path input, int timed, Path work, Path out)
      throws IOException, InterruptedException {
    if (!Files.exists(model) || !new java.io.File("/usr/bin/fasttext").canExecute()) {
      System.out.println("fasttext-cli: skipped (needs /usr/bin/fasttext and ../shared/models/lid.176.ftz)");
      return null;
    }
    List<String> all = Files.readAllLines(input, StandardCharsets.UTF_8);
    Path timedInput = work.resolve("timed.txt");
    Files.write(timedInput, all.subList(0, timed), StandardCharsets.UTF_8);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(pinned(List.of("/usr/bin/fasttext", "predict-prob", model.toString(),
          timedInput.toString(), "1"))).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("fasttext failed");
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    // A line without tokens gets an empty output line, read as und.
    Path raw = work.resolve("fasttext.raw");
    Process p = new ProcessBuilder("/usr/bin/fasttext", "predict-prob", model.toString(), input.toString(), "1")
        .redirectOutput(raw.toFile()).start();
    p.waitFor();
    List<String> labels = new ArrayList<>();
    for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
      String label = line.isBlank() ? "und" : line.split(" ")[0].replace("__label__", "");
      labels.add(label.equals("und") ? "und" : LanguageCodes.fromLabel(label));
    }
    Files.write(out, labels, StandardCharsets.UTF_8);
    String cost = String.format(Locale.ROOT, "load+run %.2f s, %,.0f sentences/s whole process", best, timed / best);
    System.out.printf("%-18s %s%n", "fasttext-cli", cost);
    return cost;
  }

  private static void report(List<Item> items, Map<String, List<String>> predictions, Map<String, String> costs) {
    List<String> names = new ArrayList<>(predictions.keySet());
    TreeSet<String> languages = new TreeSet<>();
    items.stream().filter(it -> it.set().equals("lingua")).forEach(it -> languages.add(it.gold()));
    System.out.printf("%n%-10s", "language");
    names.forEach(n -> System.out.printf(" %16s", n));
    System.out.println();
    Map<String, double[]> macro = new TreeMap<>();
    for (String lang : languages) {
      System.out.printf("%-10s", lang);
      for (String n : names) {
        double acc = accuracy(items, predictions.get(n), "lingua", lang);
        macro.computeIfAbsent(n, k -> new double[1])[0] += acc / languages.size();
        System.out.printf(" %15.1f%%", 100 * acc);
      }
      System.out.println();
    }
    System.out.printf("%n%-26s", "");
    names.forEach(n -> System.out.printf(" %16s", n));
    System.out.printf("%n%-26s", "macro accuracy (lingua)");
    names.forEach(n -> System.out.printf(" %15.2f%%", 100 * macro.get(n)[0]));
    row("ind called zsm (lingua)", items, predictions, names, "lingua", "ind_Latn", "zsm_Latn");
    row("zsm called ind (lingua)", items, predictions, names, "lingua", "zsm_Latn", "ind_Latn");
    for (String set : List.of("own-sentence", "own-text")) {
      for (String gold : List.of("ind_Latn", "zsm_Latn")) {
        System.out.printf("%n%-26s", gold.substring(0, 3) + " right (" + set + ")");
        for (String n : names) {
          System.out.printf(" %15.1f%%", 100 * accuracy(items, predictions.get(n), set, gold));
        }
      }
    }
    for (String set : List.of("detik-paragraph", "detik-article")) {
      System.out.printf("%n%-26s", "ind right (" + set + ")");
      names.forEach(n -> System.out.printf(" %15.1f%%", 100 * accuracy(items, predictions.get(n), set, "ind_Latn")));
      row("  of which called zsm", items, predictions, names, set, "ind_Latn", "zsm_Latn");
    }
    System.out.printf("%n%nCost, one core (sentences/s over the timed lingua pass after warm-up):%n");
    costs.forEach((n, c) -> System.out.printf("  %-18s %s%n", n, c));
  }

  private static void row(String title, List<Item> items, Map<String, List<String>> predictions, List<String> names,
      String set, String gold, String called) {
    System.out.printf("%n%-26s", title);
    for (String n : names) {
      List<String> pred = predictions.get(n);
      int total = 0;
      int hits = 0;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).set().equals(set) && items.get(i).gold().equals(gold)) {
          total++;
          hits += i < pred.size() && pred.get(i).equals(called) ? 1 : 0;
        }
      }
      System.out.printf(" %15.1f%%", total == 0 ? 0 : 100.0 * hits / total);
    }
  }

  private static double accuracy(List<Item> items, List<String> pred, String set, String gold) {
    int total = 0;
    int hits = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).set().equals(set) && items.get(i).gold().equals(gold)) {
        total++;
        hits += i < pred.size() && pred.get(i).equals(gold) ? 1 : 0;
      }
    }
    return total == 0 ? 0 : (double) hits / total;
  }
}
