package dev.saring.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.testing.Prose;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.time.Duration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** The corpus the Spark tests run on, and what they compare of a run's output. */
final class SparkFixture {
  static final ObjectMapper JSON = new ObjectMapper();

  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
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
  /** Every kind of step: a quality filter, exact and near dedup, line dedup (the file-census path). */
  static final String PIPELINE = """
      name: spark-fixture
      writer: {compression: none}
      steps:
        - normalize: {}
        - gopher_quality: {}
        - exact_dedup: {}
        - line_dedup: {max_repeats: 3, min_words: 20}
        - minhash_dedup: {keep: longest}
      """;

  /** site_boilerplate and verified minhash: census tasks write files, the driver concludes from them. */
  static final String FILE_CENSUS_PIPELINE = """
      name: file-census
      writer: {compression: none}
      steps:
        - site_boilerplate: {}
        - minhash_dedup: {verify_jaccard: 0.7, keep: longest}
      """;

  private SparkFixture() {}

  /**
   * Families of near-copies built from real prose: exact copies, copies with a footer, with a paragraph cut,
   * with words replaced, plus chains (each copy edited from the previous) and documents too short to pass.
   */
  static Path corpus(Path dir) throws IOException {
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

  static String replaceWords(String text, SplittableRandom r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(40) == 0) {
        words[i] = "word" + r.nextInt(1000);
      }
    }
    return String.join(" ", words);
  }

  static String doc(String id, String text) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "text", text, "language", "eng_Latn"));
  }

  /** id -> the document's text and metadata, for every document in a folder of the output. */
  static Map<String, String> outcome(Path out, String folder) throws IOException {
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
  static List<String> failures(Path out) throws IOException {
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

  static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  /** Runs a pipeline with the local executor on two workers, as every equivalence test compares against. */
  static RunResult runLocal(String yaml, List<String> inputs, Path out) throws IOException {
    Pipeline p = Pipeline.of(PipelineConfig.parse(yaml, "test"), StepRegistry.standard());
    return new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE, quiet(), Duration.ofSeconds(60)))
        .run(p, inputs, out);
  }

  /** A Spark executor on the session that logs nowhere. */
  static SparkExecutor sparkExecutor(SparkSession spark) {
    return new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), quiet());
  }
  /** The fixture corpus's documents as Parquet files with typed columns, plus broken and empty files. */
  static Path parquetCorpus(Path dir) throws IOException {
    Path jsonl = corpus(dir);
    Path in = Files.createDirectories(dir.resolve("parquet"));
    for (int part = 0; part < 3; part++) {
      List<String> lines = Files.readAllLines(jsonl.resolve("part-" + part + ".jsonl"));
      write(in.resolve("part-" + part + ".parquet"), lines);
    }
    write(in.resolve("empty.parquet"), List.of());
    damageRowGroup(in.resolve("part-1.parquet"), 1, in.resolve("damaged.parquet"));
    damageRowGroup(in.resolve("part-2.parquet"), 0, in.resolve("damaged-first.parquet"));
    byte[] whole = Files.readAllBytes(in.resolve("part-0.parquet"));
    Files.write(in.resolve("cut.parquet"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(in.resolve("garbage.parquet"), "PAR1 this is not a Parquet file at all");
    return in;
  }

  /** A copy whose row group {@code group} starts with garbage where its first page header should be. */
  static void damageRowGroup(Path source, int group, Path target) throws IOException {
    long at;
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(source))) {
      assertThat(r.getRowGroups()).hasSizeGreaterThan(2);
      at = r.getRowGroups().get(group).getColumns().get(0).getStartingPos();
    }
    byte[] bytes = Files.readAllBytes(source);
    Arrays.fill(bytes, (int) at, (int) at + 64, (byte) 0xFF);
    Files.write(target, bytes);
  }

  static void write(Path file, List<String> jsonLines) throws IOException {
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


  /** A local[2] session for a test class; {@code settings} are extra key/value pairs. */
  static SparkSession localSpark(String app, String... settings) {
    SparkSession.Builder b = SparkSession.builder().master("local[2]").appName(app)
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4");
    for (int i = 0; i + 1 < settings.length; i += 2) {
      b.config(settings[i], settings[i + 1]);
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }
}
