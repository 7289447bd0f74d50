package dev.saring.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable counts of one running task, turned into {@link RunStats} when the task ends. */
final class ShardCounters {
  private final String[] stepNames;
  private final long[] stepIn;
  private final long[] stepKept;
  private final long[] stepCharsIn;
  private final long[] stepCharsOut;
  private final long[] stepNanos;
  private final List<Map<String, Long>> stepDropped = new ArrayList<>();
  private final List<Map<String, Long>> stepFailed = new ArrayList<>();
  private final List<Map<String, Long>> stepLines = new ArrayList<>();
  private final Map<String, Long> droppedByReason = new HashMap<>();
  private final Map<String, FailureStats> failures = new HashMap<>();
  private final Map<String, Long> skipped = new HashMap<>();
  private final Map<String, Long> keptByLanguage = new HashMap<>();
  private long in;
  private long kept;
  private long dropped;
  private long failed;
  private long charsIn;
  private long charsOut;

  ShardCounters(List<String> stepNames) {
    int n = stepNames.size();
    this.stepNames = stepNames.toArray(String[]::new);
    stepIn = new long[n];
    stepKept = new long[n];
    stepCharsIn = new long[n];
    stepCharsOut = new long[n];
    stepNanos = new long[n];
    for (int i = 0; i < n; i++) {
      stepDropped.add(new HashMap<>());
      stepFailed.add(new HashMap<>());
      stepLines.add(new HashMap<>());
    }
  }

  void read(int chars) {
    in++;
    charsIn += chars;
  }

  void stepRan(int step, int charsBefore, long nanos) {
    stepIn[step]++;
    stepCharsIn[step] += charsBefore;
    stepNanos[step] += nanos;
  }

  void lineRemoved(int step, String reason) {
    stepLines.get(step).merge(reason, 1L, Long::sum);
  }

  void stepKept(int step, int charsAfter) {
    stepKept[step]++;
    stepCharsOut[step] += charsAfter;
  }

  void stepDropped(int step, String reason) {
    stepDropped.get(step).merge(reason, 1L, Long::sum);
    droppedByReason.merge(stepNames[step] + ":" + reason, 1L, Long::sum);
    dropped++;
  }

  void stepFailed(int step, String reason, String file, long offset, String message) {
    stepFailed.get(step).merge(reason, 1L, Long::sum);
    fail(stepNames[step] + ":" + reason, file, offset, message);
  }

  void kept(String language, int chars) {
    kept++;
    charsOut += chars;
    keptByLanguage.merge(language, 1L, Long::sum);
  }

  /** A record the reader could not turn into a document: it counts as read and as failed. */
  void readFailed(String reason, String file, long offset, String message) {
    in++;
    fail(reason, file, offset, message);
  }

  void skipped(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  private void fail(String reason, String file, long offset, String message) {
    failed++;
    List<FailureStats.Example> example = List.of(new FailureStats.Example(file, offset, message));
    failures.merge(reason, new FailureStats(1, example), FailureStats::plus);
  }

  long documentsIn() {
    return in;
  }

  RunStats toStats(long bytesRead) {
    List<StepStats> steps = new ArrayList<>(stepNames.length);
    for (int i = 0; i < stepNames.length; i++) {
      steps.add(new StepStats(stepNames[i], stepIn[i], stepKept[i], stepDropped.get(i), stepFailed.get(i),
          stepCharsIn[i], stepCharsOut[i], stepNanos[i] / 1e9, stepLines.get(i)));
    }
    return new RunStats(in, kept, dropped, failed, charsIn, charsOut, bytesRead, steps, droppedByReason,
        failures, skipped, keptByLanguage);
  }
}
