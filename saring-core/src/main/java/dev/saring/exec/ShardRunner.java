package dev.saring.exec;

import dev.saring.document.Document;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputShard;
import dev.saring.io.ReadFailures;
import dev.saring.io.ReaderOptions;
import dev.saring.io.ShardSource;
import dev.saring.io.WriterOptions;
import dev.saring.step.RemovedLines;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task: reads a shard, runs every document through the steps and routes it to its output.
 *
 * <p>A step that throws does not stop the task: the document is counted as failed under
 * {@code step:error} and written to {@code failed/} with the exception. Only output errors (a full disk)
 * end the task, with nothing committed.
 */
final class ShardRunner implements ReadFailures {
  /** Documents between progress updates; small enough for a smooth bar, large enough to cost nothing. */
  private static final int PROGRESS_EVERY = 64;

  private final InputShard shard;
  private final ShardSource source;
  private final List<Step> steps;
  private final ReaderOptions readerOptions;
  private final ShardOutput output;
  private final ShardCounters counters;
  private final ProgressTracker progress;

  ShardRunner(InputShard shard, ShardSource source, List<Step> steps, ReaderOptions readerOptions, OutputLayout layout,
      WriterOptions writerOptions, ProgressTracker progress) {
    this.shard = shard;
    this.source = source;
    this.steps = steps;
    this.readerOptions = readerOptions;
    this.output = new ShardOutput(layout, shard.id(), writerOptions);
    this.counters = new ShardCounters(steps.stream().map(Step::name).toList());
    this.progress = progress;
  }

  /** Runs the shard and commits its output; returns its stats. */
  RunStats run() throws IOException {
    long bytesRead = 0;
    long reported = 0;
    long sinceUpdate = 0;
    try (output) {
      try (DocumentReader reader = source.open(shard, readerOptions, this)) {
        for (Document doc : reader) {
          process(doc);
          if (++sinceUpdate == PROGRESS_EVERY) {
            progress.advance(reader.bytesRead() - reported, sinceUpdate);
            reported = reader.bytesRead();
            sinceUpdate = 0;
          }
        }
        bytesRead = reader.bytesRead();
      } catch (IOException e) {
        failed("io:unreadable", shard.files().get(0).getFileName().toString(), 0, String.valueOf(e.getMessage()));
      }
      output.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.advance(Math.max(bytesRead, shard.bytes()) - reported, sinceUpdate);
    RunStats stats = counters.toStats(bytesRead);
    check(stats);
    return stats;
  }

  private void process(Document doc) throws IOException {
    counters.read(doc.text().length());
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int before = doc.text().length();
      int linesBefore = RemovedLines.count(doc);
      long t0 = System.nanoTime();
      Verdict verdict;
      String error = null;
      try {
        verdict = step.apply(doc);
      } catch (RuntimeException | StackOverflowError e) {
        verdict = Verdict.fail("error");
        error = e.toString();
      }
      counters.stepRan(i, before, System.nanoTime() - t0);
      for (int k = linesBefore, n = RemovedLines.count(doc); k < n; k++) {
        counters.lineRemoved(i, RemovedLines.reasonAt(doc, k));
      }
      switch (verdict.kind()) {
        case KEEP -> counters.stepKept(i, doc.text().length());
        case DROP -> {
          counters.stepDropped(i, verdict.reason());
          output.removed(doc, step.name(), verdict.reason());
          return;
        }
        case FAIL -> {
          stepFailed(i, doc, verdict.reason(), error == null ? verdict.reason() : error);
          return;
        }
      }
    }
    counters.kept(doc.language(), doc.text().length());
    output.kept(doc);
  }

  private void stepFailed(int i, Document doc, String reason, String message) throws IOException {
    String file = doc.metaString("source_file", shard.id());
    long offset = doc.metadata().get("source_offset") instanceof Number n ? n.longValue() : -1;
    counters.stepFailed(i, reason, file, offset, message);
    Map<String, Object> record = failureRecord(steps.get(i).name() + ":" + reason, file, offset, message);
    record.put("id", doc.id());
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("id", doc.id());
    document.put("text", doc.text());
    document.put("metadata", doc.metadata());
    record.put("document", document);
    output.failed(record);
  }

  @Override
  public void failed(String reason, String file, long offset, String message) {
    counters.readFailed(reason, file, offset, message);
    try {
      output.failed(failureRecord(reason, file, offset, message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void skipped(String reason) {
    counters.skipped(reason);
  }

  private static Map<String, Object> failureRecord(String reason, String file, long offset, String message) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("reason", reason);
    record.put("file", file);
    record.put("offset", offset);
    record.put("message", message);
    return record;
  }

  private void check(RunStats stats) {
    if (!stats.balanced() || stats.kept() != output.keptWritten()) {
      throw new IllegalStateException("accounting broken in shard " + shard.id() + ": in=" + stats.documentsIn()
          + " kept=" + stats.kept() + " (written " + output.keptWritten() + ") dropped=" + stats.dropped()
          + " failed=" + stats.failed());
    }
  }
}
