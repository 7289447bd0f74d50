/**
 * The {@code saring} command line (picocli): {@code run}, {@code demo}, {@code version} and the tools that
 * later features add. Commands parse arguments, call the library and print; they hold no pipeline logic.
 *
 * <p>Exit codes, for scripts: {@link dev.saring.cli.ExitCodes}.
 */
package dev.saring.cli;
