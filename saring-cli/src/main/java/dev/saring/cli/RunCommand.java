package dev.saring.cli;

import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.Presets;
import dev.saring.pipeline.StepRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saring run PIPELINE.yaml | --preset NAME -i INPUT... -o OUT}. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a pipeline over crawl files on this machine.",
        "Inputs: files, folders or globs of .warc(.gz), .wet(.gz), .jsonl(.gz|.zst), .parquet, .txt, .html.",
        "A run into a folder that holds an unfinished run of the same pipeline resumes it."},
    footer = {"", "Examples:",
        "  saring run --preset web -i crawl/ -o out/",
        "  saring run my-pipeline.yaml -i 'data/*.jsonl.zst' -o out/ -w 4",
        "", "Output: OUT/kept/<language>/, OUT/removed/<step>/, OUT/failed/, OUT/stats.json."})
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE.yaml",
      description = "Pipeline definition (steps and options); or use --preset.")
  Path pipelineFile;

  @Option(names = "--preset", paramLabel = "NAME", description = "A shipped pipeline: web, fineweb, fineweb2.")
  String preset;

  @Option(names = {"-i", "--input"}, paramLabel = "INPUT", description = "Input file, folder or glob (repeatable).")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder.")
  Path output;

  @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "Worker threads (default: all cores).")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-report", description = "Do not write OUT/report.html at the end.")
  boolean noReport;

  @Option(names = "--overwrite", description = "Delete an earlier run in OUT instead of resuming it.")
  boolean overwrite;

  @Option(names = "--progress", paramLabel = "MODE", description = "auto, bar, log or none (default: auto).")
  ProgressMode progress = ProgressMode.AUTO;

  @Override
  public Integer call() throws IOException {
    PipelineConfig config = loadConfig();
    List<String> in = inputs.isEmpty() ? config.input() : inputs;
    Path out = output != null ? output : config.output() == null ? null : Path.of(config.output());
    if (out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing output folder: pass -o OUT");
    }
    Pipeline pipeline = Pipeline.of(config, StepRegistry.standard());
    LocalExecutor executor = new LocalExecutor(LocalExecutor.Settings.defaults()
        .withWorkers(workers).withOverwrite(overwrite).withProgress(progress));
    RunResult result = executor.run(pipeline, in, out);
    RunSummary.print(result, spec.commandLine().getOut());
    if (!noReport) {
      Path file = out.resolve("report.html");
      try {
        new dev.saring.report.RunReport(out, 200_000).write(file);
        spec.commandLine().getOut().println("Report: " + file.toAbsolutePath());
      } catch (IOException e) {
        spec.commandLine().getErr().println("saring: report not written: " + e.getMessage());
      }
    }
    return result.balanced() ? ExitCodes.OK : ExitCodes.ACCOUNTING;
  }

  private PipelineConfig loadConfig() {
    if ((pipelineFile == null) == (preset == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Give either a PIPELINE.yaml or --preset NAME (presets: " + String.join(", ", Presets.available()) + ")");
    }
    return preset != null ? Presets.load(preset) : PipelineConfig.load(pipelineFile);
  }
}
