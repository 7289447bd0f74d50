package dev.saring.bench;

import com.github.luben.zstd.ZstdOutputStream;
import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The read-write path with no steps: WARC.gz and JSONL.zst in, JSONL.zst out, against the decompression
 * limit ({@code zcat}, {@code zstd -dc} of the same files) measured in the same run, with 1 and 2 workers.
 *
 * <p>Inputs are built from the 2,219 real pages of {@code ../shared/data/extraction/gold-text} when
 * present (synthetic pages otherwise), repeated under new URLs until each file holds the requested amount
 * of uncompressed data. The pool is larger than zstd's window, so compression ratios stay realistic.
 * Throughput is given per MB of uncompressed data (what the pipeline handles) and per MB on disk.
 *
 * <p>Usage: {@code saring-bench io [UNCOMPRESSED_MB_PER_FILE (default 200)] [WORKDIR (default target/bench-io)]}
 */
final class ReadWriteBench {
  private ReadWriteBench() {}

  static void main(String[] args) throws Exception {
    long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 200) << 20;
    Path work = Path.of(args.length > 1 ? args[1] : "target/bench-io");
    Files.createDirectories(work);
    List<byte[]> pages = htmlPages();
    System.out.printf(Locale.ROOT, "pool: %d HTML pages; %d cores; %d MB uncompressed per file%n",
        pages.size(), Runtime.getRuntime().availableProcessors(), targetBytes >> 20);

    Path[] warcs = {work.resolve("a.warc.gz"), work.resolve("b.warc.gz")};
    Path[] jsonls = {work.resolve("a.jsonl.zst"), work.resolve("b.jsonl.zst")};
    for (int i = 0; i < 2; i++) {
      if (!Files.exists(warcs[i])) {
        writeWarc(warcs[i], pages, targetBytes, i);
      }
      if (!Files.exists(jsonls[i])) {
        writeJsonl(jsonls[i], pages, targetBytes, i);
      }
    }
    System.out.printf(Locale.ROOT, "%-10s %-22s %8s %10s %12s %12s %9s %9s%n", "input", "path", "seconds",
        "disk MB/s", "data MB/s", "MB/s/core", "vs limit", "docs/s");
    report("warc.gz", warcs, List.of("zcat"), targetBytes, work);
    report("jsonl.zst", jsonls, List.of("zstd", "-q", "-dc"), targetBytes, work);
    System.out.printf(Locale.ROOT, "peak RSS of this JVM: %d MB%n", Measure.peakRssMb());
  }

  private static void report(String name, Path[] files, List<String> decompress, long data, Path work)
      throws Exception {
    double mb = data / 1048576.0;
    double disk = Files.size(files[0]) / 1048576.0;
    double limitSeconds = Measure.command(concat(decompress, files[0]), 3);
    double limit = mb / limitSeconds;
    System.out.printf(Locale.ROOT, "%-10s %-22s %8.2f %10.1f %12.1f %12.1f %9s %9s%n", name,
        String.join(" ", decompress), limitSeconds, disk / limitSeconds, limit, limit, "1.00", "");
    // The floor of any read-write path: decompress, then compress again as saring writes (zstd -3).
    double floorCpu = Measure.cpuSeconds(String.join(" ", decompress) + " " + files[0] + " | zstd -q -3 -c", 3);
    System.out.printf(Locale.ROOT, "%-10s %-22s %8.2f %10.1f %12.1f %12.1f %9.2f %9s  (CPU seconds)%n", name,
        "... | zstd -3", floorCpu, disk / floorCpu, mb / floorCpu, mb / floorCpu, limitSeconds / floorCpu, "");
    Run one = best(new Path[] {files[0]}, 1, work.resolve("out-" + name + "-1"));
    double oneRate = mb / one.seconds;
    System.out.printf(Locale.ROOT, "%-10s %-22s %8.2f %10.1f %12.1f %12.1f %9.2f %,9.0f%n", name, "saring -w 1",
        one.seconds, disk / one.seconds, oneRate, oneRate, oneRate / limit, one.docs / one.seconds);
    Run two = best(files, 2, work.resolve("out-" + name + "-2"));
    double twoRate = 2 * mb / two.seconds;
    System.out.printf(Locale.ROOT, "%-10s %-22s %8.2f %10.1f %12.1f %12.1f %9.2f %,9.0f  (%.2fx of -w 1)%n",
        name, "saring -w 2, 2 files", two.seconds, 2 * disk / two.seconds, twoRate, twoRate / 2,
        twoRate / 2 / limit, two.docs / two.seconds, twoRate / oneRate);
  }

  private record Run(double seconds, long docs) {}

  private static Run best(Path[] inputs, int workers, Path out) throws IOException {
    Pipeline pipeline = Pipeline.of(PipelineConfig.parse("name: io-bench\nsteps: []\n", "bench"),
        StepRegistry.standard());
    LocalExecutor executor = new LocalExecutor(new LocalExecutor.Settings(workers, true, ProgressMode.NONE,
        System.err, Duration.ofMinutes(10)));
    List<String> in = Stream.of(inputs).map(Path::toString).toList();
    Run best = null;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      RunResult r = executor.run(pipeline, in, out);
      Run run = new Run((System.nanoTime() - t0) / 1e9, r.stats().documentsIn());
      if (!r.balanced()) {
        throw new IllegalStateException("unbalanced run");
      }
      best = best == null || run.seconds < best.seconds ? run : best;
    }
    return best;
  }

  private static void writeWarc(Path file, List<byte[]> pages, long target, int seed) throws IOException {
    Instant date = Instant.parse("2026-01-01T00:00:00Z");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      long written = 0;
      for (long n = 0; written < target; n++) {
        byte[] body = pages.get((int) ((n + seed * 7L) % pages.size()));
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        w.write(new WarcResponse.Builder(URI.create("https://bench" + seed + ".example/p/" + n)).date(date)
            .body(MediaType.HTTP_RESPONSE, http).build());
        written += http.length + 300;
      }
    }
  }

  private static void writeJsonl(Path file, List<byte[]> pages, long target, int seed) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file); OutputStream z = new ZstdOutputStream(raw, 3)) {
      DocumentJson.LineWriter lines = new DocumentJson.LineWriter(z);
      long written = 0;
      for (long n = 0; written < target; n++) {
        byte[] page = pages.get((int) ((n + seed * 7L) % pages.size()));
        Document doc = new Document(seed + "-" + n, new String(page, StandardCharsets.UTF_8));
        doc.metadata().put("url", "https://bench" + seed + ".example/t/" + n);
        lines.write(doc);
        written += page.length + 80;
      }
    }
  }

  private static List<byte[]> htmlPages() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    var folder = Shared.path("data/extraction/gold-text");
    if (folder.isPresent()) {
      try (Stream<Path> walk = Files.walk(folder.get())) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            pages.add(in.readAllBytes());
          }
        }
      }
    }
    if (pages.isEmpty()) {
      SplittableRandom r = new SplittableRandom(1);
      for (int i = 0; i < 500; i++) {
        pages.add(("<html><body><p>" + syntheticText(r, 600) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
      }
    }
    return pages;
  }

  private static String syntheticText(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append((char) ('a' + r.nextInt(26))).append("ata ");
    }
    return sb.toString();
  }

  private static List<String> concat(List<String> cmd, Path file) {
    List<String> out = new ArrayList<>(cmd);
    out.add(file.toString());
    return out;
  }
}
