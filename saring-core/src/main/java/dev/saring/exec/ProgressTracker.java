package dev.saring.exec;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Bytes and documents done so far, updated by workers and read by the progress display. */
final class ProgressTracker {
  private final long totalBytes;
  private final AtomicLong bytes = new AtomicLong();
  private final LongAdder documents = new LongAdder();
  private final LongAdder shardsDone = new LongAdder();

  ProgressTracker(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  void advance(long bytesDelta, long documentsDelta) {
    bytes.addAndGet(bytesDelta);
    documents.add(documentsDelta);
  }

  void shardDone() {
    shardsDone.increment();
  }

  long totalBytes() {
    return totalBytes;
  }

  long bytes() {
    return bytes.get();
  }

  long documents() {
    return documents.sum();
  }

  long shardsDone() {
    return shardsDone.sum();
  }
}
