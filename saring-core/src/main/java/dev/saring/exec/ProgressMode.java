package dev.saring.exec;

/** How a run shows progress. */
public enum ProgressMode {
  /** A bar on a terminal, log lines otherwise. */
  AUTO,
  /** A live bar with bytes, documents, docs/s and ETA. */
  BAR,
  /** A plain line every few seconds, for log files and CI. */
  LOG,
  /** Nothing. */
  NONE
}
