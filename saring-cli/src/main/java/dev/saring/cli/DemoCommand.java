package dev.saring.cli;

import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Presets;
import dev.saring.pipeline.StepRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code saring demo}: builds the example crawl and runs the {@code web} preset on it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Build a small example crawl (a WARC of pages in several languages, with spam, a duplicate",
        "and boilerplate) and run the 'web' preset on it, then say where the output is."})
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the crawl and the output "
      + "(default: saring-demo).")
  Path dir = Path.of("saring-demo");

  @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "Worker threads (default: all cores).")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", paramLabel = "MODE", description = "auto, bar, log or none (default: none).")
  ProgressMode progress = ProgressMode.NONE;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path crawl = DemoCrawl.write(dir.resolve("crawl").resolve("demo-crawl.warc.gz"));
    out.printf("Demo crawl: %s (%d captures)%n", crawl.toAbsolutePath(), DemoCrawl.pages().size());
    Pipeline pipeline = Pipeline.of(Presets.load("web"), StepRegistry.standard());
    LocalExecutor executor = new LocalExecutor(LocalExecutor.Settings.defaults()
        .withWorkers(workers).withOverwrite(true).withProgress(progress));
    RunResult result = executor.run(pipeline, List.of(crawl.toString()), dir.resolve("out"));
    RunSummary.print(result, out);
    Path kept = result.output().resolve("kept");
    out.printf("%nLook at the kept documents:  zstdcat %s/*/*.jsonl.zst | head -c 2000%n", kept);
    out.printf("Removed ones, with reasons:  zstdcat %s/*/*.jsonl.zst | head -c 2000%n",
        result.output().resolve("removed"));
    Path report = result.output().resolve("report.html");
    new dev.saring.report.RunReport(result.output(), 200_000).write(report);
    out.printf("The run as pictures:         %s (open in a browser)%n", report.toAbsolutePath());
    out.printf("Page through what went:      ./saring inspect %s --removed%n", result.output());
    return result.balanced() ? ExitCodes.OK : ExitCodes.ACCOUNTING;
  }
}
