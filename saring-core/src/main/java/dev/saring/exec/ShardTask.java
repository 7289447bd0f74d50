package dev.saring.exec;

import dev.saring.io.InputShard;
import dev.saring.io.ShardSource;
import dev.saring.pipeline.Pipeline;
import dev.saring.step.Step;
import dev.saring.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normal pass over one shard, as every backend runs it: fresh steps from the pipeline, the results of
 * concluded corpus steps prepared, the shard read, routed and committed, and its completion marker written
 * with its stats. The local executor runs these on threads; the Spark backend runs them as tasks.
 */
public final class ShardTask {
  private ShardTask() {}

  /** The stats of the shards among {@code shardIds} that an earlier run finished, by id (their markers). */
  public static Map<String, RunStats> finished(OutputLayout layout, List<String> shardIds) throws IOException {
    Map<String, RunStats> done = new TreeMap<>();
    for (String id : shardIds) {
      Path marker = layout.marker(id);
      if (Files.exists(marker)) {
        done.put(id, StatsJson.read(marker, RunStats.class));
      }
    }
    return done;
  }

  /** Runs {@code shard}, its documents from {@code source}, into {@code layout}; census passes must have concluded. */
  public static RunStats run(Pipeline pipeline, InputShard shard, ShardSource source, OutputLayout layout,
      StepContext context) throws IOException {
    return run(pipeline, shard, source, layout, context, new ProgressTracker(shard.bytes()));
  }

  static RunStats run(Pipeline pipeline, InputShard shard, ShardSource source, OutputLayout layout,
      StepContext context, ProgressTracker tracker) throws IOException {
    List<Step> steps = pipeline.newSteps(context);
    CensusPass.prepareEarlier(steps, steps.size(), layout.work("census"), shard.id());
    ShardRunner runner = new ShardRunner(shard, source, steps, pipeline.readerOptions(), layout,
        pipeline.writerOptions(), tracker);
    RunStats stats = runner.run();
    StatsJson.write(layout.marker(shard.id()), stats);
    tracker.shardDone();
    return stats;
  }
}
