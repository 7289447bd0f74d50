package dev.saring.spark;

import static dev.saring.spark.SparkFixture.corpus;
import static dev.saring.spark.SparkFixture.failures;
import static dev.saring.spark.SparkFixture.FILE_CENSUS_PIPELINE;
import static dev.saring.spark.SparkFixture.JSON;
import static dev.saring.spark.SparkFixture.localSpark;
import static dev.saring.spark.SparkFixture.outcome;
import static dev.saring.spark.SparkFixture.PIPELINE;
import static dev.saring.spark.SparkFixture.runLocal;
import static dev.saring.spark.SparkFixture.sparkExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.exec.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark backend on local[2] against the local executor on the same corpus: the same documents kept
 * (with the same text and metadata), the same removed with the same step and reason, the same duplicate
 * clusters and keepers, the same totals.
 */
class SparkEquivalenceTest {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = localSpark("saring-test");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }


  @Test
  void sparkLocal2_givesTheLocalExecutorsResult() throws Exception {
    Path in = corpus(dir);
    Path local = dir.resolve("local");
    RunResult l = runLocal(PIPELINE, List.of(in.toString()), local);
    Path onSpark = dir.resolve("spark");
    RunResult s = sparkExecutor(spark).run(PIPELINE, "test", List.of(in.toString()), onSpark.toString(), true);

    Map<String, String> localKept = outcome(local, "kept");
    Map<String, String> localRemoved = outcome(local, "removed");
    // The corpus exercises every path: drops by quality, exact and near duplicates, lines removed.
    assertThat(localRemoved.values()).anyMatch(v -> v.contains("gopher_quality"))
        .anyMatch(v -> v.contains("exact_dedup")).anyMatch(v -> v.contains("minhash_dedup"));
    assertThat(localKept.values()).anyMatch(v -> v.contains("duplicate_line"));
    assertThat(outcome(onSpark, "kept")).isEqualTo(localKept);
    assertThat(outcome(onSpark, "removed")).isEqualTo(localRemoved);
    assertThat(l.stats().failed()).isGreaterThanOrEqualTo(3);
    assertThat(failures(onSpark)).isEqualTo(failures(local));
    assertThat(s.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds").isEqualTo(l.stats());
    assertThat(JSON.readTree(onSpark.resolve("stats.json").toFile()).get("accounting"))
        .isEqualTo(JSON.readTree(local.resolve("stats.json").toFile()).get("accounting"));
  }

  @Test
  void sketchCheckedBuckets_linkTheSamePairsOnSparkAsLocally() throws Exception {
    // One minimum per band: families that share a paragraph meet in many buckets, and the sketch check
    // (grouped buckets on Spark, merged runs locally) decides which of those pairs count.
    String checked = "name: sketch\nwriter: {compression: none}\nsteps:\n  - minhash_dedup: {bands: 40, rows: 1}\n";
    String unchecked = checked.replace("rows: 1}", "rows: 1, sketch_jaccard: 0}");
    Path in = corpus(dir);
    Map<String, Map<String, String>> local = new java.util.HashMap<>();
    for (String yaml : List.of(checked, unchecked)) {
      Path out = dir.resolve("local-" + local.size());
      runLocal(yaml, List.of(in.toString()), out);
      local.put(yaml, outcome(out, "removed"));
    }
    assertThat(local.get(unchecked).size()).as("the check rejects some candidate pairs")
        .isGreaterThan(local.get(checked).size());
    Path onSpark = dir.resolve("spark-sketch");
    sparkExecutor(spark).run(checked, "test", List.of(in.toString()), onSpark.toString(), true);
    assertThat(outcome(onSpark, "removed")).isEqualTo(local.get(checked));
  }

  @Test
  void corpusStepsOnTheFileCensusPath_giveTheLocalExecutorsResultToo() throws Exception {
    // site_boilerplate and verified minhash run their census as shard tasks and conclude on the driver.
    Path in = corpus(dir);
    Path local = dir.resolve("local-files");
    runLocal(FILE_CENSUS_PIPELINE, List.of(in.toString()), local);
    Path onSpark = dir.resolve("spark-files");
    sparkExecutor(spark).run(FILE_CENSUS_PIPELINE, "test", List.of(in.toString()), onSpark.toString(), true);
    assertThat(outcome(local, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"));
    assertThat(outcome(onSpark, "kept")).isEqualTo(outcome(local, "kept"));
    assertThat(outcome(onSpark, "removed")).isEqualTo(outcome(local, "removed"));
  }

  @Test
  void missingInputs_areClearErrorsBeforeAnythingRuns() throws Exception {
    SparkExecutor executor = sparkExecutor(spark);
    for (String missing : List.of(dir.resolve("nowhere").toString(), dir.resolve("nowhere").toUri().toString(),
        "file://" + dir + "/none-*.jsonl")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> executor.run(PIPELINE, "test", List.of(missing), dir.resolve("x").toString(), true))
          .isInstanceOf(dev.saring.io.InputException.class).hasMessageContaining("does not exist");
      assertThat(dir.resolve("x")).doesNotExist();
    }
    assertThat(TaskEnv.runsHeld()).as("runs refused before they started keep nothing").isZero();
  }

  @Test
  void inputsAsHadoopUris_areCopiedByTheirTasks_andGiveTheSameResult() throws Exception {
    Path in = corpus(dir);
    SparkExecutor executor = sparkExecutor(spark);
    executor.run(PIPELINE, "test", List.of(in.toString()), dir.resolve("paths").toString(), true);
    executor.run(PIPELINE, "test", List.of(in.toUri().toString()), dir.resolve("folder-uri").toString(), true);
    executor.run(PIPELINE, "test", List.of("file://" + in + "/*"), dir.resolve("glob-uri").toString(), true);
    for (String run : List.of("folder-uri", "glob-uri")) {
      assertThat(outcome(dir.resolve(run), "kept")).isEqualTo(outcome(dir.resolve("paths"), "kept"));
      assertThat(outcome(dir.resolve(run), "removed")).isEqualTo(outcome(dir.resolve("paths"), "removed"));
    }
    assertThat(Files.exists(dir.resolve("glob-uri/.saring/done/part-2.json"))).isTrue();
  }

  @Test
  void resumedSparkRun_skipsFinishedShardsAndKeepsTheResult() throws Exception {
    Path in = corpus(dir);
    Path out = dir.resolve("resume");
    SparkExecutor executor = sparkExecutor(spark);
    RunResult first = executor.run(PIPELINE, "test", List.of(in.toString()), out.toString(), true);
    Map<String, String> kept = outcome(out, "kept");
    Files.delete(out.resolve(".saring/done/part-1.json"));
    RunResult second = executor.run(PIPELINE, "test", List.of(in.toString()), out.toString(), false);
    // local[2] executors share the driver's JVM: nothing of either run stays behind in it.
    assertThat(TaskEnv.runsHeld()).isZero();
    assertThat(second.resumedShards()).isEqualTo(3);
    assertThat(second.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(first.stats());
    assertThat(outcome(out, "kept")).isEqualTo(kept);
  }

}
