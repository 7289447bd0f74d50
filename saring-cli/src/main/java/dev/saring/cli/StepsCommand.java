package dev.saring.cli;

import dev.saring.pipeline.ConfigException;
import dev.saring.pipeline.OptionsBinder;
import dev.saring.pipeline.Presets;
import dev.saring.pipeline.StepRegistry;
import dev.saring.pipeline.StepSpec;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code saring steps}: every step a pipeline file can name, with its options and their defaults. */
@Command(name = "steps", mixinStandardHelpOptions = true,
    description = {"List the pipeline steps with their options and defaults (as YAML you can paste),",
        "or print a shipped preset."})
final class StepsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--preset", paramLabel = "NAME", description = "Print this preset's YAML instead.")
  String preset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (preset != null) {
      try {
        out.print(Presets.yaml(preset));
        out.flush();
        return ExitCodes.OK;
      } catch (ConfigException e) {
        spec.commandLine().getErr().println("saring: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    for (StepSpec<?> s : StepRegistry.standard().all()) {
      out.println("# " + s.summary());
      Map<String, Object> defaults = OptionsBinder.toMap(s.defaults());
      StringBuilder line = new StringBuilder("- ").append(s.name()).append(": {");
      String sep = "";
      for (Map.Entry<String, Object> e : defaults.entrySet()) {
        line.append(sep).append(e.getKey()).append(": ").append(yaml(e.getValue()));
        sep = ", ";
      }
      out.println(line.append('}'));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String yaml(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return s.isEmpty() || !s.matches("[A-Za-z0-9_./-]+") ? "'" + s.replace("'", "''") + "'" : s;
    }
    return v.toString();
  }
}
