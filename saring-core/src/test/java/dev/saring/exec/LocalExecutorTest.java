package dev.saring.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.ZstdInputStream;
import dev.saring.pipeline.ConfigException;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.testing.Corpora;
import dev.saring.testing.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExecutorTest {
  private static final String PIPELINE = """
      steps:
        - normalize: {}
        - tag_language: {}
        - drop_word: {word: DROPME}
        - explode: {word: BOOM}
      """;

  @TempDir
  Path dir;

  private Path input() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.jsonl"), String.join("\n",
        "{\"id\":\"a1\",\"text\":\"eng  first   document\"}",
        "{\"id\":\"a2\",\"text\":\"ind dokumen DROPME ini\"}",
        "{\"id\":\"a3\",\"text\":\"eng this one goes BOOM\"}",
        "not json",
        "{\"id\":\"a5\",\"text\":\"../../escape tries a path\"}",
        "{\"id\":\"a6\",\"text\":\"   \"}"));
    Corpora.jsonl(in.resolve("b.jsonl.zst"), 300, 40, 11);
    return in;
  }

  private RunResult run(String yaml, Path in, Path out, int workers, boolean overwrite) throws IOException {
    Pipeline pipeline = Pipeline.of(PipelineConfig.parse(yaml, "test"), TestSteps.registry());
    LocalExecutor.Settings settings = new LocalExecutor.Settings(workers, overwrite, ProgressMode.NONE,
        System.err, Duration.ofSeconds(10));
    return new LocalExecutor(settings).run(pipeline, List.of(in.toString()), out);
  }

  @Test
  void run_routesEveryDocumentAndBalancesTheBooks() throws Exception {
    Path out = dir.resolve("out");
    RunResult result = run(PIPELINE, input(), out, 2, false);
    RunStats s = result.stats();

    assertThat(s.documentsIn()).isEqualTo(306);
    assertThat(s.kept()).isEqualTo(302);
    assertThat(s.dropped()).isEqualTo(2);
    assertThat(s.failed()).isEqualTo(2);
    assertThat(result.balanced()).isTrue();
    assertThat(s.droppedByReason()).containsOnly(Map.entry("drop_word:has_word", 1L), Map.entry("normalize:empty", 1L));
    assertThat(s.failures()).containsOnlyKeys("explode:error", "jsonl:invalid_json");
    assertThat(s.failures().get("jsonl:invalid_json").examples().get(0).file()).isEqualTo("a.jsonl");
    assertThat(s.keptByLanguage()).containsEntry("eng", 1L).containsKey("../../escape");
    assertThat(s.steps()).extracting(StepStats::name).containsExactly("normalize", "tag_language", "drop_word", "explode");
    assertThat(s.steps().get(0).charsOut()).isLessThan(s.steps().get(0).charsIn());

    List<JsonNode> eng = readJsonl(out.resolve("kept/eng/a.jsonl.zst"));
    assertThat(eng).hasSize(1);
    assertThat(eng.get(0).get("text").asText()).isEqualTo("eng first document");
    Path escaped = out.resolve("kept").resolve(dev.saring.io.Inputs.sanitize("../../escape"));
    assertThat(escaped.getParent()).isEqualTo(out.resolve("kept"));
    assertThat(escaped.resolve("a.jsonl.zst")).exists();
    List<JsonNode> removed = readJsonl(out.resolve("removed/drop_word/a.jsonl.zst"));
    assertThat(removed.get(0).get("metadata").get("removed_by").asText()).isEqualTo("drop_word");
    assertThat(removed.get(0).get("metadata").get("removed_reason").asText()).isEqualTo("has_word");
    List<JsonNode> failed = readJsonl(out.resolve("failed/a.jsonl.zst"));
    assertThat(failed).extracting(n -> n.get("reason").asText()).containsExactly("explode:error", "jsonl:invalid_json");
    assertThat(failed.get(0).get("message").asText()).contains("boom in a3");
    assertThat(failed.get(0).get("document").get("text").asText()).contains("BOOM");

    JsonNode stats = StatsJson.mapper().readTree(out.resolve("stats.json").toFile());
    assertThat(stats.get("accounting").get("balanced").asBoolean()).isTrue();
    assertThat(stats.get("stats").get("documents_in").asLong()).isEqualTo(306);
    assertThat(stats.get("pipeline_steps").get(2).get("options").get("word").asText()).isEqualTo("DROPME");
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".saring-tmp"));
    }
  }

  @Test
  void run_twice_givesByteIdenticalOutput_whateverTheWorkers() throws Exception {
    Path in = input();
    run(PIPELINE, in, dir.resolve("one"), 1, false);
    run(PIPELINE, in, dir.resolve("two"), 2, false);
    OutputFiles.assertIdentical(dir.resolve("one"), dir.resolve("two"));
  }

  @Test
  void run_resumesFromMarkers_andGivesTheSameOutputAndTotals() throws Exception {
    Path in = input();
    Path out = dir.resolve("out");
    RunResult full = run(PIPELINE, in, out, 2, false);
    OutputLayout.deleteTree(dir.resolve("expected"));
    copyTree(out, dir.resolve("expected"));

    // As if the run was killed while shard b was being written: its marker is gone, its files half-there.
    Files.delete(out.resolve(".saring/done/b.json"));
    Path keptB = out.resolve("kept/The/b.jsonl.zst");
    byte[] bytes = Files.readAllBytes(keptB);
    Files.write(keptB.resolveSibling("b.jsonl.zst.saring-tmp"), Arrays.copyOf(bytes, bytes.length / 2));
    Files.delete(keptB);

    RunResult resumed = run(PIPELINE, in, out, 2, false);

    assertThat(resumed.resumedShards()).isEqualTo(1);
    assertThat(resumed.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(full.stats());
    OutputFiles.assertIdentical(dir.resolve("expected"), out);
  }

  @Test
  void run_intoAFolderOfAnotherPipeline_isRefusedUnlessOverwrite() throws Exception {
    Path in = input();
    Path out = dir.resolve("out");
    run(PIPELINE, in, out, 1, false);

    assertThatThrownBy(() -> run("steps: [normalize]", in, out, 1, false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("--overwrite");

    RunResult again = run("steps: [normalize]", in, out, 1, true);
    assertThat(again.stats().dropped()).isEqualTo(1);
    assertThat(Files.exists(out.resolve("removed/drop_word"))).isFalse();
  }

  @Test
  void run_badShardDoesNotAffectTheOthers() throws Exception {
    Path in = dir.resolve("mixed");
    Files.createDirectories(in);
    Path good = Corpora.jsonl(in.resolve("good.jsonl.gz"), 200, 30, 1);
    byte[] gz = Files.readAllBytes(Corpora.jsonl(dir.resolve("tmp.jsonl.gz"), 200, 30, 2));
    Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 3));
    Files.write(in.resolve("empty.jsonl"), new byte[0]);

    RunResult r = run("steps: [normalize]", in, dir.resolve("out"), 2, false);

    assertThat(readJsonl(dir.resolve("out/kept/und/good.jsonl.zst"))).hasSize(200);
    assertThat(r.stats().failures()).containsOnlyKeys("gzip:truncated");
    assertThat(r.balanced()).isTrue();
    assertThat(good).exists();
  }

  @Test
  void run_writerOptions_gzipAndRolling() throws Exception {
    Path in = dir.resolve("big");
    Files.createDirectories(in);
    Corpora.jsonl(in.resolve("c.jsonl"), 12000, 200, 3);
    run("writer: {compression: gzip, max_file_mb: 1}\nsteps: [normalize]", in, dir.resolve("out"), 1, false);

    try (Stream<Path> files = Files.list(dir.resolve("out/kept/und"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).contains("c.jsonl.gz", "c.part1.jsonl.gz");
    }
  }

  @Test
  void run_progressBarAndLogLines_areShownAndDoNotDisturbTheRun() throws Exception {
    Path in = dir.resolve("p");
    Files.createDirectories(in);
    for (int i = 0; i < 4; i++) {
      Corpora.jsonl(in.resolve("s" + i + ".jsonl.zst"), 20_000, 60, i);
    }
    Pipeline pipeline = Pipeline.of(PipelineConfig.parse("steps: [normalize]", "t"), TestSteps.registry());
    for (ProgressMode mode : List.of(ProgressMode.BAR, ProgressMode.LOG)) {
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      LocalExecutor.Settings settings = new LocalExecutor.Settings(1, true, mode,
          new java.io.PrintStream(log, true, StandardCharsets.UTF_8), Duration.ofMillis(20));
      RunResult r = new LocalExecutor(settings).run(pipeline, List.of(in.toString()), dir.resolve("o"));
      String printed = log.toString(StandardCharsets.UTF_8);
      assertThat(r.stats().kept()).isEqualTo(80_000);
      assertThat(printed).as(mode.name()).contains(mode == ProgressMode.BAR ? "saring" : "docs/s");
      if (mode == ProgressMode.LOG) {
        assertThat(printed).contains("[saring]").contains("shards").contains("ETA");
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = new ZstdInputStream(Files.newInputStream(file))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          out.add(StatsJson.mapper().readTree(line));
        }
      }
    }
    return out;
  }
}
