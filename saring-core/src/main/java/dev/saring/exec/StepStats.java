package dev.saring.exec;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one step did over a shard or a run.
 *
 * @param name the step's registry name
 * @param in documents that reached the step
 * @param kept documents the step passed on
 * @param dropped documents removed, by reason
 * @param failed documents that failed in the step, by reason
 * @param charsIn characters of text that reached the step
 * @param charsOut characters of text the step passed on (kept documents only)
 * @param seconds time spent in the step, summed over threads
 * @param linesRemoved lines the step removed from documents it kept or dropped, by reason
 */
public record StepStats(String name, long in, long kept, Map<String, Long> dropped, Map<String, Long> failed,
    long charsIn, long charsOut, double seconds, Map<String, Long> linesRemoved) {
  public StepStats {
    dropped = new TreeMap<>(dropped);
    failed = new TreeMap<>(failed);
    linesRemoved = new TreeMap<>(linesRemoved == null ? Map.of() : linesRemoved);
  }

  /** The sum of two stats of the same step. */
  public StepStats plus(StepStats o) {
    if (!name.equals(o.name)) {
      throw new IllegalArgumentException("cannot add stats of " + o.name + " to " + name);
    }
    return new StepStats(name, in + o.in, kept + o.kept, RunStats.sum(dropped, o.dropped),
        RunStats.sum(failed, o.failed), charsIn + o.charsIn, charsOut + o.charsOut, seconds + o.seconds,
        RunStats.sum(linesRemoved, o.linesRemoved));
  }

  public long droppedTotal() {
    return dropped.values().stream().mapToLong(Long::longValue).sum();
  }

  public long failedTotal() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }
}
