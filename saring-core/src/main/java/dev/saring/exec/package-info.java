/**
 * Running a pipeline over input shards on this machine.
 *
 * <p>{@link dev.saring.exec.LocalExecutor} runs one task per {@link dev.saring.io.InputShard} on N worker
 * threads. A task ({@link dev.saring.exec.ShardRunner}) reads its shard, passes every document through
 * the steps, and routes it: kept documents by language, dropped ones by step, failures with their reason.
 * Each task writes to temporary files, renames them when done, and then writes a completion marker that
 * holds the task's statistics; a rerun skips the shards with a marker and merges their statistics, so a
 * run killed at any point and resumed gives the same output and totals as one that never stopped.
 *
 * <p>Accounting: every document read is counted exactly once as kept, dropped (by step and reason) or
 * failed (by reason). The executor checks {@code in = kept + dropped + failed} for each task and for the
 * run, and refuses to report success when it does not hold.
 */
package dev.saring.exec;
