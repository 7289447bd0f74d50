package dev.saring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Timing, external commands and memory readings for the harnesses. */
public final class Measure {
  private Measure() {}

  /** Seconds an external command takes, with stdout discarded; best of {@code repeats}. */
  static double command(List<String> cmd, int repeats) throws IOException, InterruptedException {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      if (p.waitFor() != 0) {
        throw new IOException("command failed: " + cmd);
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  /**
   * CPU seconds (user + system, all processes) of a shell pipeline, best of {@code repeats}: the cost
   * per core of work that a pipeline spreads over several processes.
   */
  static double cpuSeconds(String shell, int repeats) throws IOException, InterruptedException {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "bash", "-c", shell)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes()).trim();
      if (p.waitFor() != 0) {
        throw new IOException("command failed: " + shell + ": " + err);
      }
      String[] last = err.substring(err.lastIndexOf('\n') + 1).split(" ");
      best = Math.min(best, Double.parseDouble(last[0]) + Double.parseDouble(last[1]));
    }
    return best;
  }

  /** Peak resident memory of this JVM in MB (VmHWM), or -1 off Linux. */
  public static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  static boolean has(String command) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
