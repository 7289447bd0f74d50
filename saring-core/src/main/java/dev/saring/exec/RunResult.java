package dev.saring.exec;

import java.nio.file.Path;

/**
 * The outcome of a run.
 *
 * @param output the output folder
 * @param stats counts over every shard, resumed ones included
 * @param shards shards in the run
 * @param resumedShards shards found complete and skipped
 * @param wallSeconds time this invocation took
 */
public record RunResult(Path output, RunStats stats, int shards, int resumedShards, double wallSeconds) {
  /** True when every document read is accounted for. */
  public boolean balanced() {
    return stats.balanced();
  }
}
