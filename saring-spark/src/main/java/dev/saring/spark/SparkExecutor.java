package dev.saring.spark;

import dev.saring.dedup.DedupStep;
import dev.saring.exec.CensusPass;
import dev.saring.exec.OutputLayout;
import dev.saring.exec.RunDefinition;
import dev.saring.exec.RunResult;
import dev.saring.exec.RunStats;
import dev.saring.exec.RunSummary;
import dev.saring.exec.ShardTask;
import dev.saring.exec.StatsJson;
import dev.saring.io.InputShard;
import dev.saring.io.Inputs;
import dev.saring.pipeline.Pipeline;
import dev.saring.step.CorpusStep;
import dev.saring.step.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Runs a pipeline on Spark with the local executor's contract: the same shards (one task each), the same
 * steps built from the same YAML in every task, the same output layout, completion markers and stats.json.
 * Corpus steps run their census first: the dedup steps as distributed Spark stages ({@link SparkDedup}),
 * the others as one census task per shard into the shared work folder and a conclusion on the driver.
 *
 * <p>Inputs are paths every executor sees or Hadoop URIs (hdfs://, s3a://, file://), which tasks copy to local
 * disk; the output is a path every executor and the driver see (local disk for local[N], a shared mount on a
 * cluster).
 */
public final class SparkExecutor {
  private final JavaSparkContext jsc;
  private final PrintStream log;

  public SparkExecutor(JavaSparkContext jsc, PrintStream log) {
    this.jsc = jsc;
    this.log = log;
  }

  /**
   * Runs the pipeline given as YAML text over {@code inputs} into {@code out}: a folder every executor sees,
   * or a Hadoop URI ({@link RunOutput}). The result's output is null for a URI.
   */
  public RunResult run(String yaml, String origin, List<String> inputs, String out, boolean overwrite)
      throws IOException {
    long start = System.nanoTime();
    RunOutput output = RunOutput.of(out, UUID.randomUUID().toString(), HadoopConf.of(jsc.hadoopConfiguration()));
    TaskEnv env = new TaskEnv(new PipelineSource(yaml, origin), output);
    try {
      Pipeline pipeline = env.pipeline();
      pipeline.newSteps(env.context());
      List<ShardSpec> specs = shards(inputs, pipeline.readerOptions().filesPerBatch());
      List<InputShard> shards = specs.stream().map(ShardSpec::described).toList();
      output.prepare(overwrite);
      OutputLayout layout = output.driverLayout();
      RunDefinition.checkOrWrite(layout, pipeline, shards);
      output.publish(List.of(layout.runFile()));
      ShardJobs jobs = new ShardJobs(jsc, env, specs, log);
      conclude(env, jobs, layout, specs);

      Map<String, RunStats> byShard = new TreeMap<>(ShardTask.finished(layout, specs.stream().map(ShardSpec::id).toList()));
      List<ShardSpec> todo = specs.stream().filter(s -> !byShard.containsKey(s.id())).toList();
      int resumed = byShard.size();
      if (!todo.isEmpty()) {
        // Stats travel as JSON, the form the markers hold, so the driver merges exactly what was committed.
        List<Tuple2<String, String>> done = jobs.map(todo, (spec, shard, source) -> {
              try (RunOutput.TaskFolder folder = env.output().openTask()) {
                RunStats stats = ShardTask.run(env.pipeline(), shard, source, folder.layout(), env.context());
                folder.commit();
                return new Tuple2<>(spec.id(), StatsJson.mapper().writeValueAsString(stats));
              }
            })
            .collect();
        for (Tuple2<String, String> d : done) {
          byShard.put(d._1(), StatsJson.mapper().readValue(d._2(), RunStats.class));
        }
      }
      RunStats total = byShard.values().stream().reduce(RunStats.empty(), RunStats::plus);
      RunResult result = new RunResult(output.staged() ? null : layout.root(), total, shards.size(), resumed,
          (System.nanoTime() - start) / 1e9);
      RunSummary.write(layout, pipeline, shards, result, jsc.defaultParallelism());
      output.publish(List.of(layout.stats()));
      return result;
    } finally {
      output.closeDriver();
      env.forget();
    }
  }

  /** Runs every census that has not concluded: dedup as Spark stages, the others as census tasks. */
  private void conclude(TaskEnv env, ShardJobs jobs, OutputLayout layout, List<ShardSpec> specs)
      throws IOException {
    RunOutput output = env.output();
    for (int index : CensusPass.pending(env.pipeline(), layout, env.context())) {
      Step step = env.pipeline().newSteps(env.context()).get(index);
      Path folder = Files.createDirectories(CensusPass.folder(layout, index, step));
      long t0 = System.nanoTime();
      log.printf("[saring] census for %s over %d shards on Spark%n", step.name(), specs.size());
      if (step instanceof DedupStep dedup && !dedup.verifiesPairs()) {
        SparkDedup.conclude(jsc, jobs, env, folder, specs, index, dedup.bucketLinks());
      } else {
        output.pullFolder(folder);
        List<ShardSpec> todo = specs.stream().filter(s -> !CensusPass.censusDone(folder, s.id())).toList();
        jobs.map(todo, (spec, shard, source) -> {
          try (RunOutput.TaskFolder task = env.output().openTask()) {
            CensusPass.censusOfShard(env.pipeline(), shard, source, index, task.layout(), env.context());
            task.commit();
            return spec.id();
          }
        }).count();
        output.pullFolder(folder);
        ((CorpusStep) step).conclude(folder);
      }
      CensusPass.markConcluded(layout, index, step);
      output.publishConclusion(folder, ((CorpusStep) step).conclusionFiles());
      log.printf("[saring] census for %s done in %.1f s%n", step.name(), (System.nanoTime() - t0) / 1e9);
    }
  }

  /** Local paths as {@code saring run} resolves them, URIs through Hadoop; ids made unique across both. */
  private List<ShardSpec> shards(List<String> inputs, int filesPerBatch) throws IOException {
    List<String> local = inputs.stream().filter(i -> !RemoteInputs.isRemote(i)).toList();
    List<String> remote = inputs.stream().filter(RemoteInputs::isRemote).toList();
    List<ShardSpec> all = new ArrayList<>();
    if (!local.isEmpty()) {
      Inputs.resolve(local, filesPerBatch).forEach(s -> all.add(ShardSpec.of(s)));
    }
    if (!remote.isEmpty()) {
      all.addAll(RemoteInputs.resolve(remote, jsc.hadoopConfiguration()));
    }
    Map<String, Integer> seen = new TreeMap<>();
    List<ShardSpec> out = new ArrayList<>();
    for (ShardSpec s : all) {
      int n = seen.merge(s.id(), 1, Integer::sum);
      out.add(n == 1 ? s : s.withId(s.id() + "-" + n));
    }
    return out;
  }
}
