package dev.saring.bench.peers;

import dev.saring.bench.DedupBench;
import dev.saring.bench.ScaleRun;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import dev.saring.spark.SparkExecutor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code PeerBench spark [N,N,...]}: the same pipeline (normalize, gopher_quality, minhash_dedup) over the same
 * generated corpus on the local executor with two workers and on the Spark backend on local[2], at several
 * sizes: into a shared folder and into a file:// URI (tasks publish), and the corpus as Parquet read by
 * saring's reader and by Spark's data source; docs/s of each and whether they agree.
 */
final class SparkBench {
  private static final String PIPELINE = """
      name: spark-bench
      writer: {compression: none}
      steps:
        - normalize: {}
        - gopher_quality: {}
        - minhash_dedup: {}
      """;

  private SparkBench() {}

  static void main(String[] args) throws Exception {
    String sizes = args.length > 0 ? args[0] : "20000,80000,320000";
    List<String> articles = DedupBench.articles();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("saring-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try {
      for (String size : sizes.split(",")) {
        int docs = Integer.parseInt(size);
        Path dir = Files.createTempDirectory("saring-spark-bench");
        Path in = dir.resolve("in");
        long bytes = ScaleRun.writeCorpus(articles, docs, in);
        Path parquet = toParquet(in, dir.resolve("parquet"));
        SparkExecutor executor = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet);
        Timed local = timed(() -> local(in, dir.resolve("local"), quiet));
        Timed shared = timed(() -> executor.run(PIPELINE, "bench", List.of(in.toString()),
            dir.resolve("spark").toString(), true));
        Timed published = timed(() -> executor.run(PIPELINE, "bench", List.of(in.toString()),
            dir.resolve("spark-uri").toUri().toString(), true));
        Timed localParquet = timed(() -> local(parquet, dir.resolve("local-parquet"), quiet));
        Timed sparkParquet = timed(() -> executor.run(PIPELINE, "bench", List.of(parquet.toString()),
            dir.resolve("spark-parquet").toString(), true));
        System.out.printf(Locale.ROOT, "%,9d docs (%,.0f MB JSONL, %,.0f MB Parquet): local, 2 workers: %s;"
            + " Spark local[2]: %s (%.2fx local); to a file:// URI: %s; Parquet: local %s, Spark data source %s"
            + " (%.2fx local); removed %,d / %,d / %,d / %,d / %,d%n", docs, bytes / 1e6, size(parquet) / 1e6,
            local.rate(docs), shared.rate(docs), local.secs / shared.secs, published.rate(docs),
            localParquet.rate(docs), sparkParquet.rate(docs), localParquet.secs / sparkParquet.secs,
            local.result.stats().dropped(), shared.result.stats().dropped(), published.result.stats().dropped(),
            localParquet.result.stats().dropped(), sparkParquet.result.stats().dropped());
        ScaleRun.delete(dir);
      }
    } finally {
      spark.stop();
    }
  }

  private interface Run {
    RunResult run() throws Exception;
  }

  private record Timed(RunResult result, double secs) {
    String rate(int docs) {
      return String.format(Locale.ROOT, "%.1f s (%,.0f docs/s)", secs, docs / secs);
    }
  }

  private static Timed timed(Run run) throws Exception {
    long t0 = System.nanoTime();
    RunResult r = run.run();
    return new Timed(r, (System.nanoTime() - t0) / 1e9);
  }

  private static RunResult local(Path in, Path out, PrintStream quiet) throws Exception {
    Pipeline p = Pipeline.of(PipelineConfig.parse(PIPELINE, "bench"), StepRegistry.standard());
    return new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet, Duration.ofMinutes(10)))
        .run(p, List.of(in.toString()), out);
  }

  /** The JSONL corpus as Parquet (id, text, language; snappy), one file per JSONL file. */
  private static Path toParquet(Path in, Path out) throws Exception {
    Files.createDirectories(out);
    MessageType schema = MessageTypeParser.parseMessageType(
        "message doc { required binary id (STRING); required binary text (STRING); required binary language (STRING); }");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(in)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".jsonl", ".parquet");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(out.resolve(name)))
            .withType(schema).withConf(new PlainParquetConfiguration())
            .withCompressionCodec(CompressionCodecName.SNAPPY).build();
             BufferedReader r = Files.newBufferedReader(f)) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            JsonNode n = json.readTree(line);
            w.write(groups.newGroup().append("id", n.get("id").asText()).append("text", n.get("text").asText())
                .append("language", n.get("language").asText()));
          }
        }
      }
    }
    return out;
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
