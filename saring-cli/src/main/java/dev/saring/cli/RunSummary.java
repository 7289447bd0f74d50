package dev.saring.cli;

import dev.saring.exec.FailureStats;
import dev.saring.exec.RunResult;
import dev.saring.exec.RunStats;
import dev.saring.exec.StepStats;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The end-of-run summary: where the output is, the accounting check, and what went where. */
final class RunSummary {
  private static final int TOP = 10;

  private RunSummary() {}

  static void print(RunResult result, PrintWriter out) {
    RunStats s = result.stats();
    out.printf(Locale.ROOT, "%nOutput: %s%n", result.output());
    out.printf(Locale.ROOT, "Shards: %d (%d resumed), %.1f s, %,.0f docs/s%n", result.shards(),
        result.resumedShards(), result.wallSeconds(), s.documentsIn() / Math.max(1e-3, result.wallSeconds()));
    out.printf(Locale.ROOT, "Documents: in %,d = kept %,d + dropped %,d + failed %,d  %s%n", s.documentsIn(),
        s.kept(), s.dropped(), s.failed(), s.balanced() ? "[balanced]" : "[MISMATCH]");
    out.printf(Locale.ROOT, "Text: %,d chars in, %,d chars kept (%.1f%%)%n", s.charsIn(), s.charsOut(),
        s.charsIn() == 0 ? 0.0 : 100.0 * s.charsOut() / s.charsIn());
    if (!s.steps().isEmpty()) {
      out.println("Steps:");
      for (StepStats step : s.steps()) {
        out.printf(Locale.ROOT, "  %-20s in %,10d  kept %,10d  dropped %,8d  failed %,6d  %7.2f s%n",
            step.name(), step.in(), step.kept(), step.droppedTotal(), step.failedTotal(), step.seconds());
      }
    }
    printTop(out, "Dropped by reason:", s.droppedByReason());
    if (!s.failures().isEmpty()) {
      out.println("Failed by reason:");
      s.failures().entrySet().stream()
          .sorted(Comparator.comparingLong((Map.Entry<String, FailureStats> e) -> -e.getValue().count()))
          .limit(TOP)
          .forEach(e -> {
            FailureStats.Example ex = e.getValue().examples().isEmpty() ? null : e.getValue().examples().get(0);
            out.printf(Locale.ROOT, "  %-36s %,8d%s%n", e.getKey(), e.getValue().count(),
                ex == null ? "" : "  (e.g. " + ex.file() + " @" + ex.offset() + ")");
          });
    }
    printTop(out, "Kept by language:", s.keptByLanguage());
    printTop(out, "Records skipped (not documents):", s.skippedRecords());
    out.printf(Locale.ROOT, "Stats: %s%n", result.output().resolve("stats.json"));
  }

  private static void printTop(PrintWriter out, String title, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.println(title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .forEach(e -> out.printf(Locale.ROOT, "  %-36s %,8d%n", e.getKey(), e.getValue()));
    if (counts.size() > TOP) {
      out.printf(Locale.ROOT, "  … and %d more%n", counts.size() - TOP);
    }
  }
}
