package dev.saring.exec;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress: a live bar on a terminal (bytes, documents, docs/s, ETA), or a plain line
 * every few seconds when the output is a log file or a CI console.
 */
final class ProgressDisplay implements AutoCloseable {
  private final ProgressTracker tracker;
  private final ScheduledExecutorService timer;
  private final ProgressBar bar;
  private final PrintStream log;
  private final long startNanos = System.nanoTime();
  private final int shards;

  private ProgressDisplay(ProgressTracker tracker, ProgressMode mode, PrintStream log, int shards, Duration every) {
    this.tracker = tracker;
    this.log = log;
    this.shards = shards;
    ProgressMode effective = mode == ProgressMode.AUTO ? (System.console() != null ? ProgressMode.BAR : ProgressMode.LOG) : mode;
    this.bar = effective == ProgressMode.BAR ? new ProgressBarBuilder()
        .setTaskName("saring")
        .setInitialMax(Math.max(1, tracker.totalBytes()))
        .setUnit(" MB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log))
        .build() : null;
    if (effective == ProgressMode.NONE) {
      this.timer = null;
      return;
    }
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "saring-progress");
      t.setDaemon(true);
      return t;
    });
    long period = bar != null ? 500 : every.toMillis();
    timer.scheduleAtFixedRate(this::update, period, period, TimeUnit.MILLISECONDS);
  }

  static ProgressDisplay start(ProgressTracker tracker, ProgressMode mode, PrintStream log, int shards, Duration every) {
    return new ProgressDisplay(tracker, mode, log, shards, every);
  }

  private void update() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    long docs = tracker.documents();
    if (bar != null) {
      bar.stepTo(tracker.bytes());
      bar.setExtraMessage(String.format(Locale.ROOT, "%,d docs %,.0f docs/s", docs, docs / seconds));
    } else {
      log.println(line(seconds, docs));
    }
  }

  private String line(double seconds, long docs) {
    long bytes = tracker.bytes();
    long total = Math.max(1, tracker.totalBytes());
    double rate = bytes / seconds;
    long eta = rate > 0 ? (long) ((total - bytes) / rate) : -1;
    return String.format(Locale.ROOT,
        "[saring] %5.1f%%  %,d/%,d MB  %,d docs  %,.0f docs/s  %,.1f MB/s  shards %d/%d  ETA %s",
        100.0 * bytes / total, bytes >> 20, total >> 20, docs, docs / seconds, rate / (1 << 20),
        tracker.shardsDone(), shards, eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2));
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    if (bar != null) {
      bar.stepTo(tracker.totalBytes());
      bar.close();
    }
  }
}
