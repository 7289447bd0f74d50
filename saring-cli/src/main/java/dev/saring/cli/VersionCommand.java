package dev.saring.cli;

import dev.saring.exec.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code saring version}: the saring, Java and OS versions, for bug reports. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print saring's version.")
final class VersionCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().printf("saring %s (Java %s, %s %s)%n", Version.current(),
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    return ExitCodes.OK;
  }
}
