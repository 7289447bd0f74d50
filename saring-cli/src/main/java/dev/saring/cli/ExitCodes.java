package dev.saring.cli;

/** What {@code saring} returns to the shell. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The run started but could not finish: an output or I/O error. Rerunning resumes it. */
  public static final int RUN_FAILED = 1;
  /** Bad arguments, pipeline file, option or input path; nothing was run. */
  public static final int USAGE = 2;
  /** The run finished but documents in != kept + dropped + failed; the output is not to be trusted. */
  public static final int ACCOUNTING = 3;

  private ExitCodes() {}
}
