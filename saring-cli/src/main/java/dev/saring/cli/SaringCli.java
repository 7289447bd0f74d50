package dev.saring.cli;

import dev.saring.exec.Version;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code saring} command and its subcommands. */
@Command(name = "saring", mixinStandardHelpOptions = true, versionProvider = SaringCli.VersionProvider.class,
    description = "Turns raw web crawls into clean, deduplicated, language-tagged text corpora.",
    subcommands = {RunCommand.class, DemoCommand.class, ExtractCommand.class, LidCommand.class, ModelsCommand.class,
        ReportCommand.class, InspectCommand.class, StepsCommand.class, VersionCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 run failed (rerun resumes), 2 bad arguments or input,",
        "3 accounting mismatch (documents in != kept + dropped + failed)."})
public final class SaringCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SaringCli());
    cl.setExecutionExceptionHandler(SaringCli::handle);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof IllegalArgumentException) {
      err.println("saring: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
      err.println("saring: run failed: " + e.getMessage());
      err.println("saring: fix the cause and run the same command again to resume");
      return ExitCodes.RUN_FAILED;
    }
    err.println("saring: internal error: " + e);
    e.printStackTrace(err);
    return ExitCodes.RUN_FAILED;
  }

  /** Reports the build's version for {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"saring " + Version.current()};
    }
  }
}
