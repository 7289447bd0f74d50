package dev.saring.cli;

import dev.saring.lang.ModelStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saring models list|pull}: the official model files saring can download, checked by SHA-256. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List or download model files (into $SARING_MODELS, else ~/.cache/saring/models).",
    subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Pull.class})
final class ModelsCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static ModelStore store(Path dir) {
    return dir == null ? ModelStore.standard() : new ModelStore(dir);
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The known models and whether they are here.")
  static final class ListModels implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", description = "Model folder (default: $SARING_MODELS or ~/.cache/saring/models).")
    Path dir;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ModelStore store = store(dir);
      for (ModelStore.Known k : ModelStore.KNOWN.values()) {
        Path p = store.dir().resolve(k.file());
        out.printf("%-8s %8.1f MB  %-11s %s%n", k.name(), k.size() / 1e6, Files.exists(p) ? "downloaded" : "-",
            k.description());
      }
      out.println("folder: " + store.dir());
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "pull", mixinStandardHelpOptions = true,
      description = "Download a model and check its size and SHA-256; nothing is kept if the check fails.")
  static final class Pull implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "lid176 or glotlid")
    String name;

    @Option(names = "--dir", description = "Model folder (default: $SARING_MODELS or ~/.cache/saring/models).")
    Path dir;

    @Option(names = "--url", description = "Download from this mirror instead of the official URL.")
    URI url;

    @Override
    public Integer call() {
      ModelStore.Known k = ModelStore.KNOWN.get(name);
      PrintWriter err = spec.commandLine().getErr();
      if (k == null) {
        err.println("saring: unknown model '" + name + "'; known: " + String.join(", ", ModelStore.KNOWN.keySet()));
        return ExitCodes.USAGE;
      }
      ModelStore store = store(dir);
      URI from = url != null ? url : URI.create(k.url());
      spec.commandLine().getOut().printf("pulling %s (%.1f MB) from %s%n", k.name(), k.size() / 1e6, from);
      spec.commandLine().getOut().flush();
      try {
        Path file = store.pull(k, from, n -> { });
        spec.commandLine().getOut().println("ok: " + file + " (sha256 " + k.sha256() + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      } catch (IOException e) {
        err.println("saring: " + e.getMessage());
        err.flush();
        return ExitCodes.RUN_FAILED;
      }
    }
  }
}
