package dev.saring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code saring-bench dedup scale N[,N...] [workers] [options]}: {@code minhash_dedup} over a generated corpus of N documents
 * of about 1 KB, written to disk as it is generated (the harness never holds the corpus): most documents are
 * distinct mixes of Detik paragraphs with a tenth of their words replaced, one in ten is an edited copy of a
 * recent one. Prints wall time, docs/s, peak heap and peak RSS, for a projection to larger corpora.
 */
public final class ScaleRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHARDS = 16;

  private ScaleRun() {}

  /** Writes the generated corpus of {@code docs} documents as JSONL shards into {@code in}; returns its bytes. */
  public static long writeCorpus(List<String> articles, int docs, Path in) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (String a : articles) {
      for (String p : a.split("\n")) {
        if (p.length() > 40) {
          paragraphs.add(p);
        }
      }
    }
    return write(paragraphs, docs, Files.createDirectories(in));
  }

  static void run(List<String> articles, int docs, int workers, String options) throws IOException {
    Path dir = Files.createTempDirectory("saring-dedup-scale");
    Path in = dir.resolve("in");
    long bytes = writeCorpus(articles, docs, in);
    String yaml = "name: dedup-scale\nwriter: {compression: none}\nsteps:\n  - minhash_dedup: " + options + "\n";
    Pipeline p = Pipeline.of(PipelineConfig.parse(yaml, "bench"), StepRegistry.standard());
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    RunResult result = new LocalExecutor(new LocalExecutor.Settings(workers, true, ProgressMode.NONE, System.err,
        Duration.ofMinutes(10))).run(p, List.of(in.toString()), dir.resolve("out"));
    double secs = (System.nanoTime() - t0) / 1e9;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "scale %,d docs (%s, %d shards), %d workers, %s: %.1f s, %,.0f docs/s (%,.0f per"
        + " worker), removed %,d; peak heap %,d MB (max %,d MB), peak RSS %,d MB; census files %s%n", docs,
        Measure.mb(bytes), SHARDS, workers, options, secs, docs / secs, docs / secs / workers, result.stats().dropped(),
        peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, Measure.peakRssMb(),
        Measure.mb(size(dir.resolve("out/.saring/work"))));
    delete(dir);
  }

  private static long write(List<String> paragraphs, int docs, Path in) throws IOException {
    SplittableRandom r = new SplittableRandom(docs);
    List<BufferedWriter> writers = new ArrayList<>();
    for (int s = 0; s < SHARDS; s++) {
      writers.add(Files.newBufferedWriter(in.resolve(String.format("part-%02d.jsonl", s)), StandardCharsets.UTF_8));
    }
    String[] recent = new String[1000];
    long bytes = 0;
    for (int i = 0; i < docs; i++) {
      String text;
      String earlier = recent[r.nextInt(recent.length)];
      if (earlier != null && r.nextInt(10) == 0) {
        text = switch (r.nextInt(3)) {
          case 0 -> earlier + "\nBaca berita lainnya hanya di portal kami.";
          case 1 -> earlier.substring(earlier.indexOf('\n') + 1);
          default -> replaceWords(earlier, r, 0.02);
        };
      } else {
        StringBuilder b = new StringBuilder();
        for (int k = 4 + r.nextInt(3); k > 0; k--) {
          b.append(paragraphs.get(r.nextInt(paragraphs.size()))).append('\n');
        }
        text = replaceWords(b.toString().strip(), r, 0.1);
        recent[i % recent.length] = text;
      }
      String line = JSON.writeValueAsString(Map.of("id", "d" + i, "text", text, "language", "ind_Latn"));
      bytes += line.length() + 1;
      writers.get(i % SHARDS).write(line + "\n");
    }
    for (BufferedWriter w : writers) {
      w.close();
    }
    return bytes;
  }

  private static String replaceWords(String text, SplittableRandom r, double rate) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        b.append(r.nextDouble() < rate ? "kata" + r.nextInt(1_000_000) : text.substring(start, i));
        if (i < text.length()) {
          b.append(' ');
        }
        start = i + 1;
      }
    }
    return b.toString();
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  public static void delete(Path dir) throws IOException {
    MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
  }
}
