package dev.saring.spark;

import dev.saring.exec.RunResult;
import dev.saring.pipeline.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the Spark backend:
 * {@code spark-submit --class dev.saring.spark.SaringSpark saring-spark.jar PIPELINE.yaml -i IN... -o OUT}, or
 * {@code ./saring spark (PIPELINE.yaml | --preset NAME) -i IN... -o OUT --master local[N]} to run in-process.
 */
public final class SaringSpark {
  private static final String USAGE = "usage: SaringSpark (PIPELINE.yaml | --preset NAME) -i INPUT... -o OUT"
      + " [--master URL] [--overwrite]\n  INPUT and OUT: paths every executor sees, or Hadoop URIs"
      + " (hdfs://, s3a://, gs://, file://)";

  private SaringSpark() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args));
  }

  /** Exit codes as {@code saring run}: 0 ok, 2 bad arguments, pipeline or input (nothing run). */
  static int run(String[] args) throws IOException {
    try {
      return parseAndRun(args);
    } catch (IllegalArgumentException e) { // also ConfigException and InputException
      System.err.println("saring spark: " + e.getMessage());
      return 2;
    }
  }

  private static int parseAndRun(String[] args) throws IOException {
    String yaml = null;
    String origin = null;
    String master = null;
    String out = null;
    boolean overwrite = false;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--preset" -> {
          if (yaml != null) {
            throw new IllegalArgumentException("give a pipeline file or --preset, not both\n" + USAGE);
          }
          origin = "preset " + value(args, ++i, a);
          yaml = Presets.yaml(args[i]);
        }
        case "-i", "--input" -> {
          inputs.add(value(args, ++i, a));
          while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
            inputs.add(args[++i]);
          }
        }
        case "-o", "--output" -> out = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--overwrite" -> overwrite = true;
        case "-h", "--help" -> {
          System.out.println(USAGE);
          return 0;
        }
        default -> {
          if (yaml != null && !a.startsWith("-")) {
            throw new IllegalArgumentException("give a pipeline file or --preset, not both\n" + USAGE);
          }
          if (a.startsWith("-")) {
            System.err.println("saring spark: unexpected argument '" + a + "'\n" + USAGE);
            return 2;
          }
          Path file = Path.of(a);
          if (!Files.isRegularFile(file)) {
            System.err.println("saring spark: no pipeline file " + a);
            return 2;
          }
          yaml = Files.readString(file);
          origin = file.toString();
        }
      }
    }
    if (yaml == null || inputs.isEmpty() || out == null) {
      System.err.println("saring spark: a pipeline, -i and -o are required\n" + USAGE);
      return 2;
    }
    new PipelineSource(yaml, origin).pipeline(); // a bad pipeline file is reported before Spark starts
    SparkSession.Builder builder = SparkSession.builder().appName("saring " + origin);
    if (master != null) {
      builder.master(master).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    if (master != null) {
      spark.sparkContext().setLogLevel("WARN");
    }
    try {
      RunResult r = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), System.err)
          .run(yaml, origin, inputs, out, overwrite);
      System.err.printf(Locale.ROOT, "[saring] done on Spark: %,d documents in, %,d kept, %,d removed, %,d failed;"
          + " %d shards (%d resumed) in %.1f s -> %s%n", r.stats().documentsIn(), r.stats().kept(),
          r.stats().dropped(), r.stats().failed(), r.shards(), r.resumedShards(), r.wallSeconds(), out);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}
