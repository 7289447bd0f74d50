package dev.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.testing.Corpora;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaringCliTest {
  @TempDir
  Path dir;

  @Test
  void version_printsIt() {
    Cli r = Cli.run("version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("saring 0.");
  }

  @Test
  void help_listsCommandsAndOptions() {
    assertThat(Cli.run("--help").out()).contains("run", "demo", "version", "Exit codes");
    assertThat(Cli.run("run", "--help").out()).contains("--preset", "--input", "--output", "--workers", "--overwrite");
  }

  @Test
  void run_presetOnJsonl_succeedsAndWritesStats() throws Exception {
    Path in = Corpora.jsonl(dir.resolve("c.jsonl.gz"), 100, 30, 1);
    Cli r = Cli.run("run", "--preset", "web", "-i", in.toString(), "-o", dir.resolve("out").toString(),
        "--progress", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Documents: in 100 = kept", "[balanced]", "gopher_quality");
    JsonNode stats = new ObjectMapper().readTree(dir.resolve("out/stats.json").toFile());
    assertThat(stats.get("stats").get("documents_in").asLong()).isEqualTo(100);
    assertThat(stats.get("accounting").get("balanced").asBoolean()).isTrue();
  }

  @Test
  void run_pipelineFileWithInputAndOutputInside() throws Exception {
    Path in = Corpora.jsonl(dir.resolve("c.jsonl"), 10, 30, 1);
    Path yaml = dir.resolve("p.yaml");
    Files.writeString(yaml, "name: inline\ninput: " + in + "\noutput: " + dir.resolve("o") + "\nsteps:\n  - normalize: {}\n");
    Cli r = Cli.run("run", yaml.toString(), "--progress", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("o/kept/und/c.jsonl.zst")).exists();
  }

  @Test
  void run_badArguments_exitTwoWithAClearMessage() throws Exception {
    Path in = Corpora.jsonl(dir.resolve("c.jsonl"), 5, 10, 1);
    Path out = dir.resolve("out");

    Cli missing = Cli.run("run", "--preset", "web", "-i", dir.resolve("nope.warc.gz").toString(), "-o", out.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("input does not exist").contains("nope.warc.gz");

    Cli noOut = Cli.run("run", "--preset", "web", "-i", in.toString());
    assertThat(noOut.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noOut.err()).contains("-o OUT");

    Cli neither = Cli.run("run", "-i", in.toString(), "-o", out.toString());
    assertThat(neither.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.err()).contains("--preset");

    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "steps:\n  - normalise: {}\n");
    Cli unknown = Cli.run("run", yaml.toString(), "-i", in.toString(), "-o", out.toString());
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("unknown step 'normalise'", "valid steps:");

    Cli preset = Cli.run("run", "--preset", "nope", "-i", in.toString(), "-o", out.toString());
    assertThat(preset.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(preset.err()).contains("unknown preset 'nope'");

    Files.createDirectories(dir.resolve("empty"));
    Cli empty = Cli.run("run", "--preset", "web", "-i", dir.resolve("empty").toString(), "-o", out.toString());
    assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err()).contains("no readable input in folder");

    Cli workers = Cli.run("run", "--preset", "web", "-i", in.toString(), "-o", out.toString(), "-w", "0");
    assertThat(workers.exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void demo_buildsTheCrawlRunsTheWebPresetAndSaysWhereTheOutputIs() throws Exception {
    Cli r = Cli.run("demo", "-o", dir.resolve("demo").toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Demo crawl:", "[balanced]", "Output:", "zstdcat");
    assertThat(dir.resolve("demo/crawl/demo-crawl.warc.gz")).exists();
    JsonNode stats = new ObjectMapper().readTree(dir.resolve("demo/out/stats.json").toFile());
    assertThat(stats.get("stats").get("documents_in").asLong()).isEqualTo(9);
    assertThat(stats.get("stats").get("skipped_records").get("warc:status_4xx").asLong()).isEqualTo(1);
    assertThat(stats.get("stats").get("skipped_records").get("warc:non_text").asLong()).isEqualTo(1);

    // A second demo starts afresh and gives the same numbers.
    Cli again = Cli.run("demo", "-o", dir.resolve("demo").toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("Shards: 1 (0 resumed)");
  }
}
