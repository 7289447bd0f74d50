package dev.saring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.dedup.MinHasher;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code saring-bench dedup [copies]}: a near-duplicate corpus built from the Detik articles of
 * ../shared/data/text-id with known edits (paragraphs deleted, footer lines appended, words substituted,
 * lines re-wrapped), ground truth by exact Jaccard of the shingles, then {@code minhash_dedup} through the
 * local executor: the share of pairs put in one cluster per Jaccard band beside LSH's theoretical
 * probability 1-(1-s^r)^b, and the run's docs/s and peak RSS. A second, larger corpus measures scaling.
 */
public final class DedupBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] BANDS = {0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01};

  /** A generated document: its id, the article it was made from, and its text. */
  public record Doc(String id, String family, String text) {}

  private DedupBench() {}

  static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "all";
    List<String> articles = articles();
    if (mode.equals("scale")) {
      int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
      String options = args.length > 3 ? args[3] : "{}";
      for (String n : args[1].split(",")) {
        ScaleRun.run(articles, Integer.parseInt(n), workers, options);
      }
      return;
    }
    signatures(articles);
    if (mode.equals("signatures")) {
      return;
    }
    int copies = 6;
    List<Doc> docs = generate(articles, copies, new SplittableRandom(7));
    Path work = Files.createTempDirectory("saring-dedup-bench");
    System.out.println("Defaults: candidate pairs checked by the Jaccard their signature sketches estimate (>= 0.6):");
    pairs(docs, run(docs, work.resolve("small"), "small", "{}"));
    System.out.println("The same unchecked, as datatrove (sketch_jaccard: 0):");
    pairs(docs, run(docs, work.resolve("unchecked"), "plain", "{sketch_jaccard: 0}"));
    System.out.println("The same with candidate pairs verified by exact Jaccard >= 0.7:");
    pairs(docs, run(docs, work.resolve("verified"), "verify", "{verify_jaccard: 0.7}"));

    // Scaling: the same generator at 4x and 16x the articles (re-edited copies of copies).
    for (int factor : new int[] {4, 16}) {
      List<String> more = new ArrayList<>();
      SplittableRandom r = new SplittableRandom(factor);
      for (int i = 0; i < factor; i++) {
        for (String a : articles) {
          more.add(substitute(a, r, 0.3));
        }
      }
      run(generate(more, copies, new SplittableRandom(factor + 1)), work.resolve("x" + factor), factor + "x", "{}");
    }
  }

  /** The texts of the Detik articles in ../shared/data/text-id. */
  public static List<String> articles() throws IOException {
    List<String> articles = new ArrayList<>();
    Path detik = Shared.path("data/text-id/detik-news.jsonl")
        .orElseThrow(() -> new IllegalStateException("needs ../shared/data/text-id"));
    try (BufferedReader r = Files.newBufferedReader(detik)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        articles.add(JSON.readTree(line).get("text").asText());
      }
    }
    return articles;
  }

  /**
   * Signature throughput on one core for documents of about 1 KB (the articles cut at paragraph ends):
   * normalization and segmentation into shingles alone, then with the 112 minimums and the band keys.
   */
  private static void signatures(List<String> articles) {
    List<String> docs = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String a : articles) {
      for (String para : a.split("\n")) {
        b.append(para).append('\n');
        if (b.length() >= 1000) {
          docs.add(b.toString());
          b.setLength(0);
        }
      }
    }
    long bytes = 0;
    for (String d : docs) {
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    MinHasher h = new MinHasher(5, 14, 8, 1);
    double bestShingles = Double.MAX_VALUE;
    double bestAll = Double.MAX_VALUE;
    long sink = 0;
    for (int pass = 0; pass < 10; pass++) {
      // The census's path: shingle hashes in text order (no set), then the minimums and band keys.
      long t0 = System.nanoTime();
      for (String d : docs) {
        sink += h.shingleHashes(d, "ind_Latn").length;
      }
      long t1 = System.nanoTime();
      for (String d : docs) {
        sink += h.bucketKeys(d, "ind_Latn")[0];
      }
      long t2 = System.nanoTime();
      bestShingles = Math.min(bestShingles, (t1 - t0) / 1e9);
      bestAll = Math.min(bestAll, (t2 - t1) / 1e9);
    }
    double perDoc = 1e6 / docs.size();
    System.out.printf(Locale.ROOT, "signatures: %,d docs of %.0f bytes on average, one thread, best of 10 passes:%n"
        + "  shingles only                    %,8.0f docs/s  %5.1f us/doc%n"
        + "  shingles + 112 minimums + bands  %,8.0f docs/s  %5.1f us/doc  %.1f MB/s  [%d]%n",
        docs.size(), (double) bytes / docs.size(), docs.size() / bestShingles, bestShingles * perDoc,
        docs.size() / bestAll, bestAll * perDoc, bytes / 1e6 / bestAll, sink & 1);
  }

  public static List<Doc> generate(List<String> articles, int copies, SplittableRandom r) {
    List<Doc> docs = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      String text = articles.get(a);
      docs.add(new Doc("a" + a + "-0", "a" + a, text));
      for (int c = 1; c < copies; c++) {
        String t = switch (c % 4) {
          case 1 -> deleteParagraphs(text, r);
          case 2 -> text + "\nBaca berita lainnya hanya di portal kami.\nIkuti kami di media sosial untuk kabar terbaru.";
          case 3 -> substitute(text, r, 0.03 * (1 + r.nextInt(5)));
          default -> rewrap(text, r);
        };
        docs.add(new Doc("a" + a + "-" + c, "a" + a, t));
      }
    }
    return docs;
  }

  private static String deleteParagraphs(String text, SplittableRandom r) {
    List<String> paras = new ArrayList<>(List.of(text.split("\n")));
    int delete = 1 + r.nextInt(Math.max(1, paras.size() / 3));
    for (int i = 0; i < delete && paras.size() > 1; i++) {
      paras.remove(r.nextInt(paras.size()));
    }
    return String.join("\n", paras);
  }

  public static String substitute(String text, SplittableRandom r, double rate) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextDouble() < rate) {
        words[i] = "kata" + r.nextInt(100_000);
      }
    }
    return String.join(" ", words);
  }

  private static String rewrap(String text, SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int width = 40 + r.nextInt(60);
    int col = 0;
    for (String w : text.split("\\s+")) {
      if (col + w.length() > width) {
        b.append('\n');
        col = 0;
      } else if (col > 0) {
        b.append(' ');
      }
      b.append(w);
      col += w.length() + 1;
    }
    return b.toString();
  }

  /** Each document's cluster (its own id when alone) and the documents removed as duplicates. */
  /** Each document's cluster, the removed documents, and the seconds the run took (not the corpus's writing). */
  public record Outcome(Map<String, String> cluster, Set<String> removed, double seconds) {}

  /** Runs minhash_dedup and reads back every document's cluster. */
  public static Outcome run(List<Doc> docs, Path dir, String label, String options) throws IOException {
    return run(docs, dir, label, options, 1);
  }

  /** Runs minhash_dedup on {@code workers} workers and reads back every document's cluster. */
  public static Outcome run(List<Doc> docs, Path dir, String label, String options, int workers) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    int shards = 4;
    List<BufferedWriter> writers = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      writers.add(Files.newBufferedWriter(in.resolve("part-" + s + ".jsonl"), StandardCharsets.UTF_8));
    }
    long bytes = 0;
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      String line = JSON.writeValueAsString(Map.of("id", d.id(), "text", d.text(), "language", "ind_Latn"));
      bytes += line.length();
      writers.get(i % shards).write(line + "\n");
    }
    for (BufferedWriter w : writers) {
      w.close();
    }
    String yaml = "name: dedup-bench\nwriter: {compression: none}\nsteps:\n  - minhash_dedup: " + options + "\n";
    Pipeline p = Pipeline.of(PipelineConfig.parse(yaml, "bench"), StepRegistry.standard());
    long t0 = System.nanoTime();
    RunResult result = new LocalExecutor(new LocalExecutor.Settings(workers, true, ProgressMode.NONE, System.err,
        Duration.ofMinutes(10))).run(p, List.of(in.toString()), dir.resolve("out"));
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%-6s %,8d docs %s: %.1f s, %,.0f docs/s on %d worker(s) (census + merge + filter),"
        + " removed %,d, peak RSS %d MB%n", label, docs.size(), Measure.mb(bytes), secs, docs.size() / secs, workers,
        result.stats().dropped(), Measure.peakRssMb());
    Map<String, String> cluster = new HashMap<>();
    Set<String> removed = new HashSet<>();
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = JSON.readTree(line);
          JsonNode c = n.get("metadata").get("duplicate_cluster");
          cluster.put(n.get("id").asText(), c == null ? n.get("id").asText() : c.asText());
          if (n.get("metadata").has("duplicate_of")) {
            removed.add(n.get("id").asText());
          }
        }
      }
    }
    return new Outcome(cluster, removed, secs);
  }

  /** Pairs within each article family, plus as many random pairs across families, by Jaccard band. */
  public static void pairs(List<Doc> docs, Outcome outcome) {
    Map<String, String> cluster = outcome.cluster();
    MinHasher h = new MinHasher(5, 14, 8, 1);
    Map<String, long[]> shingles = new HashMap<>();
    for (Doc d : docs) {
      shingles.put(d.id(), h.shingles(d.text(), "ind_Latn"));
    }
    // A removed document is justified when some other member of its cluster is a true near-duplicate.
    Map<String, List<String>> members = new HashMap<>();
    cluster.forEach((id, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    long unjustified = 0;
    for (String id : outcome.removed()) {
      boolean near = false;
      for (String other : members.get(cluster.get(id))) {
        near |= !other.equals(id) && MinHasher.jaccard(shingles.get(id), shingles.get(other)) >= 0.6;
      }
      unjustified += near ? 0 : 1;
    }
    System.out.printf(Locale.ROOT, "removed documents without a true near-duplicate (Jaccard >= 0.6) in their"
        + " cluster: %d of %,d (%.2f%%)%n", unjustified, outcome.removed().size(),
        100.0 * unjustified / Math.max(1, outcome.removed().size()));
    long[] total = new long[BANDS.length - 1];
    long[] joined = new long[BANDS.length - 1];
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size() && docs.get(j).family().equals(docs.get(i).family()); j++) {
        count(docs.get(i), docs.get(j), shingles, cluster, total, joined);
      }
      Doc other = docs.get(r.nextInt(docs.size()));
      if (!other.family().equals(docs.get(i).family())) {
        count(docs.get(i), other, shingles, cluster, total, joined);
      }
    }
    System.out.println("Jaccard band    pairs   same cluster   LSH theory (14x8) at the band's middle");
    for (int b = 0; b < total.length; b++) {
      double mid = Math.min(1.0, (BANDS[b] + Math.min(1.0, BANDS[b + 1])) / 2);
      double theory = 1 - Math.pow(1 - Math.pow(mid, 8), 14);
      System.out.printf(Locale.ROOT, "[%.2f, %.2f) %8d %13.1f%% %12.1f%%%n", BANDS[b], Math.min(1.0, BANDS[b + 1]),
          total[b], total[b] == 0 ? 0 : 100.0 * joined[b] / total[b], 100 * theory);
    }
    long truePairs = 0;
    long found = 0;
    long predicted = 0;
    long predictedTrue = 0;
    for (int b = 0; b < total.length; b++) {
      if (BANDS[b] >= 0.8) {
        truePairs += total[b];
        found += joined[b];
      }
      predicted += joined[b];
      predictedTrue += BANDS[b] >= 0.7 ? joined[b] : 0;
    }
    System.out.printf(Locale.ROOT, "recall of pairs with Jaccard >= 0.8: %.1f%%; precision (same-cluster pairs"
        + " with Jaccard >= 0.7): %.1f%%%n", 100.0 * found / Math.max(1, truePairs),
        100.0 * predictedTrue / Math.max(1, predicted));
  }

  private static void count(Doc a, Doc b, Map<String, long[]> shingles, Map<String, String> cluster, long[] total,
      long[] joined) {
    double j = MinHasher.jaccard(shingles.get(a.id()), shingles.get(b.id()));
    int band = 0;
    while (band + 1 < BANDS.length - 1 && j >= BANDS[band + 1]) {
      band++;
    }
    total[band]++;
    String ca = cluster.get(a.id());
    joined[band] += ca != null && ca.equals(cluster.get(b.id())) ? 1 : 0;
  }
}
