package dev.saring.cli;

import dev.saring.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saring report OUT}: one self-contained HTML page about a finished run. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write an HTML report of a run (funnel, reasons, languages, signals, removed samples).")
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OUT", description = "The output folder of a run.")
  Path out;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Report file (default: OUT/report.html).")
  Path file;

  @Option(names = "--max-docs", paramLabel = "N", description = "Documents read for histograms and samples "
      + "(default: 200000); the report's size does not grow with the run.")
  int maxDocs = 200_000;

  @Override
  public Integer call() {
    Path target = file != null ? file : out.resolve("report.html");
    try {
      new RunReport(out, maxDocs).write(target);
    } catch (IOException e) {
      spec.commandLine().getErr().println("saring: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    spec.commandLine().getOut().println("Report: " + target.toAbsolutePath());
    return ExitCodes.OK;
  }
}
