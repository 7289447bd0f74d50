package dev.saring.spark;

import dev.saring.pipeline.Pipeline;
import dev.saring.step.StepContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a task needs to build its steps and find the output: shipped once per task as a small value; the
 * pipeline and step context are built once per executor JVM, so models and cluster tables load once.
 */
record TaskEnv(PipelineSource source, RunOutput output) implements Serializable {
  private static final ConcurrentHashMap<TaskEnv, Pipeline> PIPELINES = new ConcurrentHashMap<>();
  // Keyed by run: a second run into the same folder in one JVM must not see the first one's cluster tables.
  private static final ConcurrentHashMap<String, StepContext> CONTEXTS = new ConcurrentHashMap<>();

  Pipeline pipeline() {
    return PIPELINES.computeIfAbsent(this, e -> e.source.pipeline());
  }

  /**
   * Lets go of this run's pipeline and step context (cluster tables, spill folders) in this JVM: the driver
   * of a long-lived application, and local[N] executors, would otherwise keep every run's.
   */
  void forget() {
    PIPELINES.remove(this);
    CONTEXTS.remove(output.runId());
  }

  /** How many runs this JVM holds a pipeline or step context for. */
  static int runsHeld() {
    return Math.max(PIPELINES.size(), CONTEXTS.size());
  }

  StepContext context() {
    return CONTEXTS.computeIfAbsent(output.runId(), r -> {
      try {
        return new StepContext(output.readLayout().work("steps"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
