package dev.saring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import dev.saring.testing.Prose;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
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
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("saring-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static final String PIPELINE = """
      name: equivalence
      writer: {compression: none}
      steps:
        - normalize: {}
        - gopher_quality: {}
        - exact_dedup: {}
        - line_dedup: {max_repeats: 3, min_words: 20}
        - minhash_dedup: {keep: longest}
      """;

  /**
   * Families of near-copies built from real prose: exact copies, copies with a footer, with a paragraph cut,
   * with words replaced, plus chains (each copy edited from the previous) and documents too short to pass.
   */
  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> paragraphs = new ArrayList<>();
    for (String text : List.of(Prose.ENGLISH, Prose.INDONESIAN)) {
      paragraphs.addAll(List.of(text.split("\n\n")));
    }
    SplittableRandom r = new SplittableRandom(5);
    List<List<String>> shards = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int n = 0;
    for (int family = 0; family < 12; family++) {
      StringBuilder base = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        base.append(paragraphs.get(r.nextInt(paragraphs.size()))).append(" Family ").append(family).append(".\n\n");
      }
      String text = base.toString().strip();
      for (int copy = 0; copy < 5; copy++) {
        String t = switch (copy) {
          case 0, 1 -> text;
          case 2 -> text + "\n\nRead more stories like this one on our site every day.";
          case 3 -> text.substring(text.indexOf("\n\n") + 2);
          default -> replaceWords(text, r);
        };
        text = family % 3 == 0 ? t : text; // every third family is a chain of edits
        shards.get(r.nextInt(3)).add(doc("f" + family + "-c" + copy + "-" + n++, t));
      }
    }
    for (int i = 0; i < 6; i++) {
      shards.get(i % 3).add(doc("short-" + i, "Buy now! Only today."));
    }
    shards.get(0).add("{\"id\": \"broken\", \"text\": ");   // a line cut short
    shards.get(1).add("not json at all");
    for (int s = 0; s < 3; s++) {
      Files.write(in.resolve("part-" + s + ".jsonl"), shards.get(s));
    }
    // A gzip file cut in the middle: what precedes the cut is read, the cut is counted.
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(String.join("\n", shards.get(2)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    return in;
  }

  private static String replaceWords(String text, SplittableRandom r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(40) == 0) {
        words[i] = "word" + r.nextInt(1000);
      }
    }
    return String.join(" ", words);
  }

  private static String doc(String id, String text) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "text", text, "language", "eng_Latn"));
  }

  @Test
  void sparkLocal2_givesTheLocalExecutorsResult() throws Exception {
    Path in = corpus();
    Path local = dir.resolve("local");
    Pipeline p = Pipeline.of(PipelineConfig.parse(PIPELINE, "test"), StepRegistry.standard());
    RunResult l = new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet(),
        Duration.ofSeconds(60))).run(p, List.of(in.toString()), local);
    Path onSpark = dir.resolve("spark");
    RunResult s = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet())
        .run(PIPELINE, "test", List.of(in.toString()), onSpark, true);

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
  void corpusStepsOnTheFileCensusPath_giveTheLocalExecutorsResultToo() throws Exception {
    // site_boilerplate and verified minhash run their census as shard tasks and conclude on the driver.
    String pipeline = """
        name: file-census
        writer: {compression: none}
        steps:
          - site_boilerplate: {}
          - minhash_dedup: {verify_jaccard: 0.7, keep: longest}
        """;
    Path in = corpus();
    Path local = dir.resolve("local-files");
    Pipeline p = Pipeline.of(PipelineConfig.parse(pipeline, "test"), StepRegistry.standard());
    new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet(), Duration.ofSeconds(60)))
        .run(p, List.of(in.toString()), local);
    Path onSpark = dir.resolve("spark-files");
    new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet())
        .run(pipeline, "test", List.of(in.toString()), onSpark, true);
    assertThat(outcome(local, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"));
    assertThat(outcome(onSpark, "kept")).isEqualTo(outcome(local, "kept"));
    assertThat(outcome(onSpark, "removed")).isEqualTo(outcome(local, "removed"));
  }

  @Test
  void missingInputs_areClearErrorsBeforeAnythingRuns() throws Exception {
    SparkExecutor executor = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet());
    for (String missing : List.of(dir.resolve("nowhere").toString(), dir.resolve("nowhere").toUri().toString(),
        "file://" + dir + "/none-*.jsonl")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> executor.run(PIPELINE, "test", List.of(missing), dir.resolve("x"), true))
          .isInstanceOf(dev.saring.io.InputException.class).hasMessageContaining("does not exist");
      assertThat(dir.resolve("x")).doesNotExist();
    }
  }

  @Test
  void inputsAsHadoopUris_areCopiedByTheirTasks_andGiveTheSameResult() throws Exception {
    Path in = corpus();
    SparkExecutor executor = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet());
    executor.run(PIPELINE, "test", List.of(in.toString()), dir.resolve("paths"), true);
    executor.run(PIPELINE, "test", List.of(in.toUri().toString()), dir.resolve("folder-uri"), true);
    executor.run(PIPELINE, "test", List.of("file://" + in + "/*"), dir.resolve("glob-uri"), true);
    for (String run : List.of("folder-uri", "glob-uri")) {
      assertThat(outcome(dir.resolve(run), "kept")).isEqualTo(outcome(dir.resolve("paths"), "kept"));
      assertThat(outcome(dir.resolve(run), "removed")).isEqualTo(outcome(dir.resolve("paths"), "removed"));
    }
    assertThat(Files.exists(dir.resolve("glob-uri/.saring/done/part-2.json"))).isTrue();
  }

  @Test
  void resumedSparkRun_skipsFinishedShardsAndKeepsTheResult() throws Exception {
    Path in = corpus();
    Path out = dir.resolve("resume");
    SparkExecutor executor = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet());
    RunResult first = executor.run(PIPELINE, "test", List.of(in.toString()), out, true);
    Map<String, String> kept = outcome(out, "kept");
    Files.delete(out.resolve(".saring/done/part-1.json"));
    RunResult second = executor.run(PIPELINE, "test", List.of(in.toString()), out, false);
    assertThat(second.resumedShards()).isEqualTo(3);
    assertThat(second.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(first.stats());
    assertThat(outcome(out, "kept")).isEqualTo(kept);
  }

  /** id -> the document's text and metadata, for every document in a folder of the output. */
  private static Map<String, String> outcome(Path out, String folder) throws IOException {
    Map<String, String> docs = new TreeMap<>();
    Path root = out.resolve(folder);
    if (!Files.exists(root)) {
      return docs;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = JSON.readTree(line);
          docs.put(n.get("id").asText(), f.getParent().getFileName() + " " + n.get("text").asText() + " "
              + n.get("metadata"));
        }
      }
    }
    return docs;
  }

  /** The failure records of a run (reason, file, offset), sorted. */
  private static List<String> failures(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    if (Files.exists(out.resolve("failed"))) {
      try (Stream<Path> files = Files.walk(out.resolve("failed"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          for (String line : Files.readAllLines(f)) {
            JsonNode n = JSON.readTree(line);
            lines.add(n.get("reason").asText() + " " + n.get("file").asText() + " " + n.get("offset").asText());
          }
        }
      }
    }
    java.util.Collections.sort(lines);
    return lines;
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
