package dev.saring.exec;

import dev.saring.document.Document;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputShard;
import dev.saring.io.ReadFailures;
import dev.saring.io.ShardSource;
import dev.saring.pipeline.Pipeline;
import dev.saring.step.CorpusStep;
import dev.saring.step.Step;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The census passes of a pipeline's {@link CorpusStep}s, in pipeline order, before the normal pass. Each
 * reads every shard and runs the steps before the corpus step exactly as the normal pass will (they are
 * deterministic), so the census sees the same text the step will judge. Read failures and drops are not
 * counted here: the normal pass counts them.
 */
public final class CensusPass {
  private static final String DONE_SUFFIX = ".done";
  private static final String CONCLUDED = "concluded";

  private CensusPass() {}

  /** Receives the documents that reach a corpus step in its census. */
  public interface Reaching {
    void accept(Document doc) throws IOException;
  }

  /** Indices of the pipeline's corpus steps whose census has not concluded yet, in pipeline order. */
  public static List<Integer> pending(Pipeline pipeline, OutputLayout layout, StepContext context) {
    List<Step> probe = pipeline.newSteps(context);
    List<Integer> out = new ArrayList<>();
    for (int b = 0; b < probe.size(); b++) {
      if (probe.get(b) instanceof CorpusStep c && !Files.exists(concludedMarker(folder(layout.work("census"), b, c)))) {
        out.add(b);
      }
    }
    return out;
  }

  /** The folder of the census of the corpus step at {@code index}. */
  public static Path folder(OutputLayout layout, int index, Step step) {
    return folder(layout.work("census"), index, step);
  }

  /**
   * Runs the steps before the corpus step at {@code index} over one shard (earlier corpus steps prepared),
   * handing every document that reaches it to {@code sink}; returns the fresh steps, the corpus step among them.
   */
  public static List<Step> forEachReaching(Pipeline pipeline, InputShard shard, ShardSource source, int index,
      OutputLayout layout, StepContext context, Reaching sink) throws IOException {
    return forEachReaching(pipeline, shard, source, index, layout.work("census"), context, sink);
  }

  private static List<Step> forEachReaching(Pipeline pipeline, InputShard shard, ShardSource source, int index,
      Path censusRoot, StepContext context, Reaching sink) throws IOException {
    List<Step> steps = pipeline.newSteps(context);
    prepareEarlier(steps, index, censusRoot, shard.id());
    try (DocumentReader reader = source.open(shard, pipeline.readerOptions(), ReadFailures.ignoring())) {
      for (Document doc : reader) {
        if (reaches(doc, steps, index)) {
          sink.accept(doc);
        }
      }
    }
    return steps;
  }

  /** The census of one shard into the step's folder, with its done marker; skipped when already done. */
  public static void censusOfShard(Pipeline pipeline, InputShard shard, ShardSource source, int index,
      OutputLayout layout, StepContext context) throws IOException {
    Path dir = Files.createDirectories(folder(layout.work("census"), index, pipeline.newSteps(context).get(index)));
    if (!censusDone(dir, shard.id())) {
      censusOfShard(pipeline, shard, source, index, dir, context);
    }
  }

  /** True when the census of shard {@code shardId} in a step's census folder finished. */
  public static boolean censusDone(Path folder, String shardId) {
    return Files.exists(doneMarker(folder, shardId));
  }

  private static Path doneMarker(Path folder, String shardId) {
    return folder.resolve(shardId + DONE_SUFFIX);
  }

  /** The marker of a concluded step in its census folder; it lists the conclusion's files, one per line. */
  public static Path concludedMarker(Path folder) {
    return folder.resolve(CONCLUDED);
  }

  /** True for the census's completion markers: a shard's census done, a step concluded. */
  public static boolean isMarker(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(DONE_SUFFIX) || name.equals(CONCLUDED);
  }

  /** Marks the census of the corpus step at {@code index} concluded: later runs skip it. */
  public static void markConcluded(OutputLayout layout, int index, Step step) throws IOException {
    markConcluded(folder(layout, index, step), (CorpusStep) step);
  }

  /** The marker lists the conclusion's files: a backend whose tasks do not share the folder ships those. */
  private static void markConcluded(Path dir, CorpusStep step) throws IOException {
    Files.writeString(concludedMarker(dir), String.join("\n", step.conclusionFiles()));
  }

  /** The folder of the corpus step at {@code index} under the census root. */
  private static Path folder(Path censusRoot, int index, Step step) {
    return censusRoot.resolve(index + "-" + step.name());
  }

  /** Runs every census that is not concluded yet. */
  static void runAll(Pipeline pipeline, List<InputShard> shards, OutputLayout layout, StepContext context,
      int workers, PrintStream log) throws IOException {
    List<Step> probe = pipeline.newSteps(context);
    for (int b = 0; b < probe.size(); b++) {
      if (!(probe.get(b) instanceof CorpusStep corpusStep)) {
        continue;
      }
      Path dir = folder(layout.work("census"), b, corpusStep);
      Path concluded = concludedMarker(dir);
      if (Files.exists(concluded)) {
        continue;
      }
      Files.createDirectories(dir);
      long t0 = System.nanoTime();
      log.printf("[saring] census for %s over %d shards%n", corpusStep.name(), shards.size());
      runCensus(pipeline, shards, b, dir, context, workers);
      long t1 = System.nanoTime();
      corpusStep.conclude(dir);
      markConcluded(dir, corpusStep);
      long t2 = System.nanoTime();
      log.printf("[saring] census for %s done in %.1f s (shards %.1f s, conclusion %.1f s)%n", corpusStep.name(),
          (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }

  private static void runCensus(Pipeline pipeline, List<InputShard> shards, int index, Path dir,
      StepContext context, int workers) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, shards.size())), r -> {
      Thread t = new Thread(r, "saring-census");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (InputShard shard : shards) {
        if (censusDone(dir, shard.id())) {
          continue;
        }
        futures.add(pool.submit(() -> {
          censusOfShard(pipeline, shard, ShardSource.FILES, index, dir, context);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("census interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("census failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void censusOfShard(Pipeline pipeline, InputShard shard, ShardSource source, int index, Path dir,
      StepContext context) throws IOException {
    CorpusStep corpusStep = (CorpusStep) pipeline.newSteps(context).get(index);
    try (CorpusStep.Census census = corpusStep.census(dir, shard.id())) {
      forEachReaching(pipeline, shard, source, index, dir.getParent(), context, census::observe);
    }
    Files.writeString(doneMarker(dir, shard.id()), "");
  }

  /** Earlier corpus steps were concluded before this census started; their instances need their results. */
  static void prepareEarlier(List<Step> steps, int upTo, Path censusRoot, String shardId) throws IOException {
    for (int i = 0; i < upTo; i++) {
      if (steps.get(i) instanceof CorpusStep c) {
        c.prepare(folder(censusRoot, i, c), shardId);
      }
    }
  }

  private static boolean reaches(Document doc, List<Step> steps, int index) {
    for (int i = 0; i < index; i++) {
      try {
        if (steps.get(i).apply(doc).kind() != Verdict.Kind.KEEP) {
          return false;
        }
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    return true;
  }
}
