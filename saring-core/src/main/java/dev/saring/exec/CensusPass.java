package dev.saring.exec;

import dev.saring.document.Document;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputShard;
import dev.saring.io.ReadFailures;
import dev.saring.io.Readers;
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
final class CensusPass {
  private CensusPass() {}

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
      Path concluded = dir.resolve("concluded");
      if (Files.exists(concluded)) {
        continue;
      }
      Files.createDirectories(dir);
      long t0 = System.nanoTime();
      log.printf("[saring] census for %s over %d shards%n", corpusStep.name(), shards.size());
      runCensus(pipeline, shards, b, dir, context, workers);
      corpusStep.conclude(dir);
      Files.writeString(concluded, "");
      log.printf("[saring] census for %s done in %.1f s%n", corpusStep.name(), (System.nanoTime() - t0) / 1e9);
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
        Path done = dir.resolve(shard.id() + ".done");
        if (Files.exists(done)) {
          continue;
        }
        futures.add(pool.submit(() -> {
          censusOfShard(pipeline, shard, index, dir, context);
          Files.writeString(done, "");
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

  private static void censusOfShard(Pipeline pipeline, InputShard shard, int index, Path dir, StepContext context)
      throws IOException {
    List<Step> steps = pipeline.newSteps(context);
    prepareEarlier(steps, index, dir.getParent(), shard.id());
    CorpusStep corpusStep = (CorpusStep) steps.get(index);
    try (CorpusStep.Census census = corpusStep.census(dir, shard.id());
         DocumentReader reader = Readers.open(shard, pipeline.readerOptions(), ReadFailures.ignoring())) {
      for (Document doc : reader) {
        if (reaches(doc, steps, index)) {
          census.observe(doc);
        }
      }
    }
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
