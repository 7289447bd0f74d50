package dev.saring.exec;

import dev.saring.io.InputShard;
import dev.saring.io.ShardSource;
import dev.saring.io.Inputs;
import dev.saring.pipeline.Pipeline;
import dev.saring.step.StepContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a pipeline over input shards on N worker threads, resumably.
 *
 * <p>Shards run largest first, so one big file does not start last and hold the run up alone. Output
 * files are deterministic: a shard's documents go through its steps in input order on one thread, and
 * file names derive from shard ids. Statistics are merged in shard-id order from the completion markers,
 * which is what makes a resumed run's totals equal an uninterrupted one's.
 */
public final class LocalExecutor {
  /**
   * How to run.
   *
   * @param workers worker threads (shards processed at once)
   * @param overwrite delete an earlier run's output first instead of resuming it
   * @param progress how to show progress
   * @param log where progress and notes go (stderr in the CLI)
   * @param logEvery interval of plain progress lines
   */
  public record Settings(int workers, boolean overwrite, ProgressMode progress, PrintStream log,
      Duration logEvery) {
    public Settings {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be >= 1: " + workers);
      }
    }

    /** All cores, resume, progress chosen by the terminal, to stderr. */
    public static Settings defaults() {
      return new Settings(Runtime.getRuntime().availableProcessors(), false, ProgressMode.AUTO,
          System.err, Duration.ofSeconds(10));
    }

    public Settings withWorkers(int n) {
      return new Settings(n, overwrite, progress, log, logEvery);
    }

    public Settings withOverwrite(boolean o) {
      return new Settings(workers, o, progress, log, logEvery);
    }

    public Settings withProgress(ProgressMode p) {
      return new Settings(workers, overwrite, p, log, logEvery);
    }
  }

  private final Settings settings;

  public LocalExecutor(Settings settings) {
    this.settings = settings;
  }

  /** Resolves {@code inputs} and runs {@code pipeline} over them into {@code out}. */
  public RunResult run(Pipeline pipeline, List<String> inputs, Path out) throws IOException {
    List<InputShard> shards = Inputs.resolve(inputs, pipeline.readerOptions().filesPerBatch());
    return runShards(pipeline, shards, out);
  }

  /** Runs {@code pipeline} over {@code shards} into {@code out}, skipping shards an earlier run finished. */
  public RunResult runShards(Pipeline pipeline, List<InputShard> shards, Path out) throws IOException {
    long start = System.nanoTime();
    OutputLayout layout = new OutputLayout(out);
    StepContext context = new StepContext(layout.work("steps"));
    // Build the steps once before touching the output: a missing model is a configuration error, not a
    // failure of every shard.
    pipeline.newSteps(context);
    layout.prepare(settings.overwrite());
    RunDefinition.checkOrWrite(layout, pipeline, shards);

    Map<String, RunStats> byShard = ShardTask.finished(layout, shards.stream().map(InputShard::id).toList());
    List<InputShard> todo = shards.stream().filter(s -> !byShard.containsKey(s.id())).toList();
    if (todo.size() > 0) {
      CensusPass.runAll(pipeline, shards, layout, context, settings.workers(), settings.log());
    }
    int resumed = byShard.size();
    if (resumed > 0) {
      settings.log().printf("[saring] resuming: %d of %d shards already done%n", resumed, shards.size());
    }
    byShard.putAll(execute(pipeline, todo, layout, context));

    RunStats total = byShard.values().stream().reduce(RunStats.empty(), RunStats::plus);
    double wall = (System.nanoTime() - start) / 1e9;
    RunResult result = new RunResult(layout.root(), total, shards.size(), resumed, wall);
    RunSummary.write(layout, pipeline, shards, result, settings.workers());
    return result;
  }

  private Map<String, RunStats> execute(Pipeline pipeline, List<InputShard> todo, OutputLayout layout,
      StepContext context) throws IOException {
    List<InputShard> ordered = todo.stream()
        .sorted(Comparator.comparingLong(InputShard::bytes).reversed().thenComparing(InputShard::id))
        .toList();
    ProgressTracker tracker = new ProgressTracker(todo.stream().mapToLong(InputShard::bytes).sum());
    int threads = Math.max(1, Math.min(settings.workers(), ordered.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "saring-worker");
      t.setDaemon(true);
      return t;
    });
    Map<String, Future<RunStats>> futures = new LinkedHashMap<>();
    try (ProgressDisplay display = ProgressDisplay.start(tracker, settings.progress(), settings.log(),
        todo.size(), settings.logEvery())) {
      for (InputShard shard : ordered) {
        futures.put(shard.id(), pool.submit(() -> ShardTask.run(pipeline, shard, ShardSource.FILES, layout, context, tracker)));
      }
      return collect(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, RunStats> collect(Map<String, Future<RunStats>> futures) throws IOException {
    Map<String, RunStats> out = new TreeMap<>();
    for (Map.Entry<String, Future<RunStats>> e : futures.entrySet()) {
      try {
        out.put(e.getKey(), e.getValue().get());
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for shard " + e.getKey(), ie);
      } catch (ExecutionException ee) {
        Throwable cause = ee.getCause();
        if (cause instanceof IOException io) {
          throw new IOException("shard " + e.getKey() + " failed: " + io.getMessage(), io);
        }
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        throw new IOException("shard " + e.getKey() + " failed", cause);
      }
    }
    return out;
  }

}
