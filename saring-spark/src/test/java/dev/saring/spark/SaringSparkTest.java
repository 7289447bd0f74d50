package dev.saring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point's arguments: mistakes are exit code 2 with a message, before Spark starts. */
class SaringSparkTest {
  @TempDir
  Path dir;

  private String run(int expected, String... args) throws Exception {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(SaringSpark.run(args)).isEqualTo(expected);
    } finally {
      System.setErr(old);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void badArguments_exitWith2AndSayWhy() throws Exception {
    assertThat(run(2, "--preset", "webb", "-i", "x", "-o", "y")).contains("unknown preset 'webb'");
    assertThat(run(2, "--preset", "web", "-o", "y")).contains("-i and -o are required");
    assertThat(run(2, "--preset", "web", "-i")).contains("-i needs a value");
    assertThat(run(2, dir.resolve("missing.yaml").toString(), "-i", "x", "-o", "y")).contains("no pipeline file");
    Path yaml = Files.writeString(dir.resolve("p.yaml"), "name: p\nsteps:\n  - no_such_step: {}\n");
    assertThat(run(2, yaml.toString(), "--preset", "web")).contains("not both");
    assertThat(run(2, "--preset", "web", yaml.toString())).contains("not both");
    assertThat(run(2, yaml.toString(), "-i", dir.toString(), "-o", dir.resolve("o").toString()))
        .contains("no_such_step");
    assertThat(run(2, "--frobnicate")).contains("unexpected argument '--frobnicate'");
  }
}
