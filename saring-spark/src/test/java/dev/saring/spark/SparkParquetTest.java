package dev.saring.spark;

import static dev.saring.spark.SparkFixture.JSON;
import static dev.saring.spark.SparkFixture.corpus;
import static dev.saring.spark.SparkFixture.failures;
import static dev.saring.spark.SparkFixture.outcome;
import static dev.saring.spark.SparkFixture.quiet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
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
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message docs {
        required binary id (STRING);
        optional binary text (STRING);
        optional binary language (STRING);
        optional binary url (STRING);
        optional double language_score;
        optional int32 crawl_date (DATE);
        optional int64 fetched (TIMESTAMP(MILLIS,true));
        optional int64 price (DECIMAL(12,2));
        optional group tags (LIST) { repeated group list { optional binary element (STRING); } }
        optional group headers (MAP) {
          repeated group key_value { required binary key (STRING); optional binary value (STRING); }
        }
        optional group metadata { optional binary host (STRING); optional int32 status; }
      }
      """);
  private static final String PIPELINE = """
      name: parquet-on-spark
      writer: {compression: none}
      steps:
        - normalize: {}
        - gopher_quality: {}
        - exact_dedup: {}
        - line_dedup: {max_repeats: 3, min_words: 20}
        - minhash_dedup: {keep: longest}
      """;
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("saring-parquet-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** The fixture corpus's documents as Parquet files with typed columns, plus broken and empty files. */
  private Path parquetCorpus() throws IOException {
    Path jsonl = corpus(dir);
    Path in = Files.createDirectories(dir.resolve("parquet"));
    for (int part = 0; part < 3; part++) {
      List<String> lines = Files.readAllLines(jsonl.resolve("part-" + part + ".jsonl"));
      write(in.resolve("part-" + part + ".parquet"), lines);
    }
    write(in.resolve("empty.parquet"), List.of());
    damageSecondRowGroup(in.resolve("part-1.parquet"), in.resolve("damaged.parquet"));
    byte[] whole = Files.readAllBytes(in.resolve("part-0.parquet"));
    Files.write(in.resolve("cut.parquet"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(in.resolve("garbage.parquet"), "PAR1 this is not a Parquet file at all");
    return in;
  }

  /** A copy whose second row group starts with garbage where its first page header should be. */
  private static void damageSecondRowGroup(Path source, Path target) throws IOException {
    long at;
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(source))) {
      assertThat(r.getRowGroups()).hasSizeGreaterThan(2);
      at = r.getRowGroups().get(1).getColumns().get(0).getStartingPos();
    }
    byte[] bytes = Files.readAllBytes(source);
    Arrays.fill(bytes, (int) at, (int) at + 64, (byte) 0xFF);
    Files.write(target, bytes);
  }

  private static void write(Path file, List<String> jsonLines) throws IOException {
    SimpleGroupFactory f = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
        .withConf(new PlainParquetConfiguration()).withRowGroupRowCountLimit(5).build()) {
      int i = 0;
      for (String line : jsonLines) {
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          continue; // the fixture's broken JSONL lines have no Parquet counterpart
        }
        Group g = f.newGroup().append("id", n.get("id").asText());
        if (i % 17 != 5) { // now and then a row without text
          g.append("text", n.get("text").asText());
        }
        g.append("language", n.get("language").asText()).append("url", "https://example.org/" + i)
            .append("language_score", 0.5 + i / 100.0).append("crawl_date", 19_800 + i)
            .append("fetched", 1_717_000_000_123L + i * 1000L).append("price", 12_345L + i);
        Group tags = g.addGroup("tags");
        tags.addGroup("list").append("element", "news");
        tags.addGroup("list").append("element", "tag" + i % 3);
        Group headers = g.addGroup("headers");
        headers.addGroup("key_value").append("key", "content-type").append("value", "text/html");
        g.addGroup("metadata").append("host", "example.org").append("status", 200);
        w.write(g);
        i++;
      }
    }
  }

  @Test
  void parquetThroughSparksDataSource_givesTheLocalExecutorsResult() throws Exception {
    Path in = parquetCorpus();
    Path local = dir.resolve("local");
    Pipeline p = Pipeline.of(PipelineConfig.parse(PIPELINE, "test"), StepRegistry.standard());
    RunResult l = new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet(),
        Duration.ofSeconds(60))).run(p, List.of(in.toString()), local);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path onSpark = dir.resolve("spark");
    RunResult s = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()),
        new PrintStream(log, true, StandardCharsets.UTF_8)).run(PIPELINE, "test", List.of(in.toString()),
        onSpark.toString(), true);

    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("4 of 7 Parquet files read by Spark's Parquet data source");
    assertThat(outcome(local, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"))
        .anyMatch(v -> v.contains("exact_dedup"));
    assertThat(outcome(onSpark, "kept")).isEqualTo(outcome(local, "kept"));
    assertThat(outcome(onSpark, "removed")).isEqualTo(outcome(local, "removed"));
    assertThat(failures(onSpark)).isEqualTo(failures(local))
        .anyMatch(f -> f.startsWith("parquet:missing_text part-0.parquet"))
        .anyMatch(f -> f.startsWith("parquet:unreadable garbage.parquet"))
        .anyMatch(f -> f.startsWith("parquet:unreadable cut.parquet"))
        .anyMatch(f -> f.matches("parquet:unreadable damaged.parquet [1-9]\\d*"));
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
    Path in = parquetCorpus();
    Path out = dir.resolve("parquet-out");
    RunResult r = new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet())
        .run(PIPELINE.replace("writer: {compression: none}", "writer: {format: parquet}"), "test",
            List.of(in.toString()), out.toString(), true);
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> kept = spark.read()
        .option("recursiveFileLookup", "true").parquet(out.resolve("kept").toString());
    assertThat(kept.columns()).contains("id", "text", "language", "metadata");
    assertThat(kept.count()).isEqualTo(r.stats().kept()).isPositive();
    assertThat(kept.select("language").distinct().collectAsList()).extracting(row -> row.getString(0))
        .containsExactly("eng_Latn");
  }
}
