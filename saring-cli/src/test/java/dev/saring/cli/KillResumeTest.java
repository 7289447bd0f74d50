package dev.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.testing.Corpora;
import dev.saring.testing.OutputFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code saring run} process killed with SIGKILL mid-way, then run again. */
class KillResumeTest {
  private static final int SHARDS = 16;

  @TempDir
  Path dir;

  @Test
  void killedRunResumed_givesByteIdenticalOutputAndTheSameTotals() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < SHARDS; i++) {
      Corpora.jsonl(in.resolve(String.format("part-%02d.jsonl.zst", i)), 12_000, 90, i);
    }
    Files.writeString(in.resolve("broken.jsonl"), "{\"text\":\"ok\"}\nnot json\n");

    Path killed = dir.resolve("killed");
    Process first = start(in, killed);
    Path done = killed.resolve(".saring/done");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (markers(done) < 1 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    first.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no cleanup
    first.waitFor(30, TimeUnit.SECONDS);
    int finishedBeforeKill = markers(done);
    assertThat(finishedBeforeKill).as("the kill must land mid-run").isBetween(1, SHARDS);
    assertThat(Files.exists(killed.resolve("stats.json"))).as("the killed run must not have finished").isFalse();

    Process resume = start(in, killed);
    String resumeLog = new String(resume.getErrorStream().readAllBytes());
    assertThat(resume.waitFor()).as(resumeLog).isZero();
    assertThat(resumeLog).contains("resuming: " + finishedBeforeKill + " of " + (SHARDS + 1) + " shards");

    Path clean = dir.resolve("clean");
    Process uninterrupted = start(in, clean);
    assertThat(uninterrupted.waitFor()).isZero();

    OutputFiles.assertIdentical(clean, killed);
    JsonNode a = new ObjectMapper().readTree(killed.resolve("stats.json").toFile()).get("accounting");
    JsonNode b = new ObjectMapper().readTree(clean.resolve("stats.json").toFile()).get("accounting");
    assertThat(a).isEqualTo(b);
    assertThat(a.get("documents_in").asLong()).isEqualTo(SHARDS * 12_000L + 2);
    try (Stream<Path> walk = Files.walk(killed)) {
      assertThat(walk.map(Path::toString)).noneMatch(p -> p.endsWith(".saring-tmp"));
    }
  }

  private static Process start(Path in, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.saring.cli.SaringCli", "run", "--preset", "web", "-i", in.toString(), "-o", out.toString(),
        "-w", "1", "--progress", "none"));
    return new ProcessBuilder(cmd).redirectOutput(new File("/dev/null")).start();
  }

  private static int markers(Path done) throws IOException {
    if (!Files.isDirectory(done)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(done)) {
      return (int) s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }
}
