package dev.saring.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a shard or a whole run; shards add up with {@link #plus(RunStats)}.
 *
 * @param documentsIn documents read, plus records that should have been documents but failed to read
 * @param kept documents written to {@code kept/}
 * @param dropped documents written to {@code removed/}
 * @param failed documents and records that failed, by reader or step
 * @param charsIn characters of text read
 * @param charsOut characters of text kept
 * @param bytesRead bytes of input files read
 * @param steps per step, in pipeline order
 * @param droppedByReason {@code step:reason} to count
 * @param failures {@code reason} ({@code warc:truncated}, {@code extract_html:extract_timeout}) to count
 *     and examples
 * @param skippedRecords input records that are not documents by design (WARC requests), by kind
 * @param keptByLanguage kept documents per language code
 */
public record RunStats(long documentsIn, long kept, long dropped, long failed, long charsIn, long charsOut,
    long bytesRead, List<StepStats> steps, Map<String, Long> droppedByReason,
    Map<String, FailureStats> failures, Map<String, Long> skippedRecords, Map<String, Long> keptByLanguage) {

  public RunStats {
    steps = List.copyOf(steps);
    droppedByReason = new TreeMap<>(droppedByReason);
    failures = new TreeMap<>(failures);
    skippedRecords = new TreeMap<>(skippedRecords);
    keptByLanguage = new TreeMap<>(keptByLanguage);
  }

  /** Nothing yet. */
  public static RunStats empty() {
    return new RunStats(0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** True when every document read is accounted for: {@code in = kept + dropped + failed}. */
  public boolean balanced() {
    return documentsIn == kept + dropped + failed;
  }

  public RunStats plus(RunStats o) {
    return new RunStats(documentsIn + o.documentsIn, kept + o.kept, dropped + o.dropped, failed + o.failed,
        charsIn + o.charsIn, charsOut + o.charsOut, bytesRead + o.bytesRead, sumSteps(steps, o.steps),
        sum(droppedByReason, o.droppedByReason), sumFailures(failures, o.failures),
        sum(skippedRecords, o.skippedRecords), sum(keptByLanguage, o.keptByLanguage));
  }

  private static List<StepStats> sumSteps(List<StepStats> a, List<StepStats> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("stats of different pipelines: " + a.size() + " vs " + b.size() + " steps");
    }
    List<StepStats> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i).plus(b.get(i)));
    }
    return out;
  }

  static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Long::sum));
    return out;
  }

  private static Map<String, FailureStats> sumFailures(Map<String, FailureStats> a, Map<String, FailureStats> b) {
    Map<String, FailureStats> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, FailureStats::plus));
    return out;
  }
}
