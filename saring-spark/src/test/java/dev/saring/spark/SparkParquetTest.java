package dev.saring.spark;

import static dev.saring.spark.SparkFixture.failures;
import static dev.saring.spark.SparkFixture.localSpark;
import static dev.saring.spark.SparkFixture.outcome;
import static dev.saring.spark.SparkFixture.parquetCorpus;
import static dev.saring.spark.SparkFixture.PIPELINE;
import static dev.saring.spark.SparkFixture.runLocal;
import static dev.saring.spark.SparkFixture.sparkExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.exec.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet input on Spark goes through Spark's own Parquet data source; the documents, their metadata (lists,
 * maps, dates, timestamps, decimals, structs) and every decision must be the local executor's, which reads
 * the same files with parquet-java. Damaged, empty and non-Parquet files are reported the same way.
 */
class SparkParquetTest {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = localSpark("saring-parquet-test");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void parquetThroughSparksDataSource_givesTheLocalExecutorsResult() throws Exception {
    Path in = parquetCorpus(dir);
    Path local = dir.resolve("local");
    RunResult l = runLocal(PIPELINE, List.of(in.toString()), local);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path onSpark = dir.resolve("spark");
    RunResult s = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()),
        new PrintStream(log, true, StandardCharsets.UTF_8)).run(PIPELINE, "test", List.of(in.toString()),
        onSpark.toString(), true);

    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("5 of 8 Parquet files read by Spark's Parquet data source");
    assertThat(outcome(local, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"))
        .anyMatch(v -> v.contains("exact_dedup"));
    assertThat(outcome(onSpark, "kept")).isEqualTo(outcome(local, "kept"));
    assertThat(outcome(onSpark, "removed")).isEqualTo(outcome(local, "removed"));
    assertThat(failures(onSpark)).isEqualTo(failures(local))
        .anyMatch(f -> f.startsWith("parquet:missing_text part-0.parquet"))
        .anyMatch(f -> f.startsWith("parquet:unreadable garbage.parquet"))
        .anyMatch(f -> f.startsWith("parquet:unreadable cut.parquet"))
        .anyMatch(f -> f.matches("parquet:unreadable damaged.parquet [1-9]\\d*"))
        .anyMatch(f -> f.equals("parquet:unreadable damaged-first.parquet 0"));
    assertThat(s.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds").isEqualTo(l.stats());

    // The typed columns as both readers render them.
    String kept = outcome(onSpark, "kept").values().iterator().next();
    assertThat(kept).contains("\"tags\":[\"news\",").contains("\"headers\":{\"content-type\":\"text/html\"}")
        .containsPattern("\"crawl_date\":\"2024-\\d\\d-\\d\\d\"")
        .containsPattern("\"fetched\":\"2024-05-29T16:\\d\\d:\\d\\d\\.123Z\"")
        .containsPattern("\"price\":12\\d\\.\\d\\d").contains("\"host\":\"example.org\"");
  }

  @Test
  void parquetOutputOnSpark_isReadBySparksDataSource() throws Exception {
    Path in = parquetCorpus(dir);
    Path out = dir.resolve("parquet-out");
    String parquetOut = PIPELINE.replace("writer: {compression: none}", "writer: {format: parquet}");
    RunResult r = sparkExecutor(spark).run(parquetOut, "test", List.of(in.toString()), out.toString(), true);
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> kept = spark.read()
        .option("recursiveFileLookup", "true").parquet(out.resolve("kept").toString());
    assertThat(kept.columns()).contains("id", "text", "language", "metadata");
    assertThat(kept.count()).isEqualTo(r.stats().kept()).isPositive();
    assertThat(kept.select("language").distinct().collectAsList()).extracting(row -> row.getString(0))
        .containsExactly("eng_Latn");

    // saring's Parquet keeps metadata as JSON text (dolma's layout): read back, it is unpacked the same way
    // by Spark's data source and by saring's reader.
    String again = "name: again\nwriter: {compression: none}\nsteps:\n  - normalize: {}\n";
    Path local = dir.resolve("again-local");
    runLocal(again, List.of(out.resolve("kept").toString()), local);
    Path onSpark = dir.resolve("again-spark");
    sparkExecutor(spark).run(again, "test", List.of(out.resolve("kept").toString()), onSpark.toString(), true);
    assertThat(outcome(onSpark, "kept")).hasSize((int) r.stats().kept()).isEqualTo(outcome(local, "kept"))
        .allSatisfy((id, doc) -> assertThat(doc).contains("\"duplicate_cluster_size\":"));
  }
}
