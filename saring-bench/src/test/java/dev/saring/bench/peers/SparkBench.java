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
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code PeerBench spark [N,N,...]}: the same pipeline (normalize, gopher_quality, minhash_dedup) over the same
 * generated corpus on the local executor with two workers and on the Spark backend on local[2], at several
 * sizes: docs/s of each and whether they agree.
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
        long bytes = ScaleRun.writeCorpus(articles, docs, dir.resolve("in"));
        Pipeline p = Pipeline.of(PipelineConfig.parse(PIPELINE, "bench"), StepRegistry.standard());
        long t0 = System.nanoTime();
        RunResult local = new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet,
            Duration.ofMinutes(10))).run(p, List.of(dir.resolve("in").toString()), dir.resolve("local"));
        double localSecs = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        RunResult onSpark = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet)
            .run(PIPELINE, "bench", List.of(dir.resolve("in").toString()), dir.resolve("spark").toString(), true);
        double sparkSecs = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%,9d docs (%,.0f MB): local executor, 2 workers: %.1f s, %,.0f docs/s;"
            + " Spark local[2]: %.1f s, %,.0f docs/s (%.2fx local); removed %,d vs %,d%n", docs, bytes / 1e6,
            localSecs, docs / localSecs, sparkSecs, docs / sparkSecs, localSecs / sparkSecs,
            local.stats().dropped(), onSpark.stats().dropped());
        ScaleRun.delete(dir);
      }
    } finally {
      spark.stop();
    }
  }
}
