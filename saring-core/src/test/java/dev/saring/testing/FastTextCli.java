package dev.saring.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The reference {@code fasttext} command line (Debian package {@code fasttext}), for checks against it. */
public final class FastTextCli {
  private FastTextCli() {}

  /** Skips the calling test, saying why, where the CLI is not installed. */
  public static void require() {
    Assumptions.assumeTrue(available(), "skipped: needs the fasttext command (apt-get install fasttext)");
  }

  public static boolean available() {
    try {
      Process p = new ProcessBuilder("fasttext").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs {@code fasttext ARGS}, failing with its output when it fails. */
  public static String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("fasttext");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("fasttext " + String.join(" ", args) + " failed:\n" + out);
    }
    return out;
  }

  /** {@code fasttext predict-prob MODEL FILE K}: per input line, its (label, probability) pairs. */
  public static List<List<Object[]>> predictProb(Path model, List<String> lines, int k) throws IOException, InterruptedException {
    Path in = Files.createTempFile("fasttext-in", ".txt");
    try {
      Files.write(in, lines, StandardCharsets.UTF_8);
      String out = run(model.toAbsolutePath().getParent(), "predict-prob", model.toAbsolutePath().toString(),
          in.toString(), String.valueOf(k));
      List<List<Object[]>> result = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (result.size() == lines.size()) {
          break;
        }
        List<Object[]> preds = new ArrayList<>();
        String[] parts = line.trim().isEmpty() ? new String[0] : line.trim().split(" ");
        for (int i = 0; i + 1 < parts.length; i += 2) {
          preds.add(new Object[] {parts[i], Float.parseFloat(parts[i + 1])});
        }
        result.add(preds);
      }
      return result;
    } finally {
      Files.deleteIfExists(in);
    }
  }
}
