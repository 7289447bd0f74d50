package dev.saring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.report.OutputDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saring inspect OUT}: documents of a run in the terminal, with their metadata and removed lines. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show documents of a run's output with metadata and removed lines (for quick checks over ssh).")
final class InspectCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OUT", description = "The output folder of a run.")
  Path out;

  @Option(names = "--reason", paramLabel = "R", description = "Only documents removed for R (e.g. duplicate, "
      + "spam:gambling), or kept ones with a line removed for R.")
  String reason;

  @Option(names = "--lang", paramLabel = "L", description = "Only documents in language L (e.g. ind_Latn).")
  String lang;

  @Option(names = "--kept", description = "Only kept documents.")
  boolean keptOnly;

  @Option(names = "--removed", description = "Only removed documents.")
  boolean removedOnly;

  @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Documents to show (default: 5).")
  int count = 5;

  @Option(names = "--skip", paramLabel = "K", description = "Matching documents to skip first (to page on).")
  int skip;

  @Option(names = "--chars", paramLabel = "C", description = "Characters of text to show (default: 1200).")
  int chars = 1200;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    if (!Files.isDirectory(out.resolve("kept")) && !Files.isDirectory(out.resolve("removed"))) {
      spec.commandLine().getErr().println("saring: " + out + " holds no run output (no kept/ or removed/)");
      return ExitCodes.USAGE;
    }
    int[] shown = {0};
    int[] matched = {0};
    OutputDocuments.forEach(out, !removedOnly, !keptOnly, e -> {
      if (!matches(e)) {
        return true;
      }
      if (matched[0]++ < skip) {
        return true;
      }
      print(w, e);
      return ++shown[0] < count;
    });
    w.printf("-- %d shown%s; next page: --skip %d%n", shown[0], shown[0] == count ? "" : " (no more)", skip + shown[0]);
    w.flush();
    return ExitCodes.OK;
  }

  private boolean matches(OutputDocuments.Entry e) {
    JsonNode m = e.metadata();
    if (lang != null && !lang.equals(m.path("language").asText("und"))) {
      return false;
    }
    if (reason == null) {
      return true;
    }
    if (!e.kept() && (reason.equals(m.path("removed_reason").asText())
        || reason.equals(m.path("removed_by").asText() + ":" + m.path("removed_reason").asText()))) {
      return true;
    }
    for (JsonNode l : m.path("lines_removed")) {
      if (reason.equals(l.path("reason").asText())) {
        return true;
      }
    }
    return false;
  }

  private void print(PrintWriter w, OutputDocuments.Entry e) {
    JsonNode m = e.metadata();
    w.println("=".repeat(78));
    w.printf("%s  %s%n", e.kept() ? "KEPT" : "REMOVED by " + m.path("removed_by").asText() + ": "
        + m.path("removed_reason").asText(), e.id());
    for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getKey().equals("lines_removed") || f.getKey().startsWith("removed_")) {
        continue;
      }
      String v = f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString();
      w.printf("  %-22s %s%n", f.getKey(), v.length() > 160 ? v.substring(0, 160) + "…" : v);
    }
    w.println("-".repeat(78));
    String text = e.text();
    w.println(text.length() > chars ? text.substring(0, chars) + " […]" : text);
    for (JsonNode l : m.path("lines_removed")) {
      w.printf("  - [%s:%s] %s%n", l.path("step").asText(), l.path("reason").asText(), l.path("text").asText());
    }
  }
}
