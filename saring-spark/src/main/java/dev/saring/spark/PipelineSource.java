package dev.saring.spark;

import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import java.io.Serializable;

/**
 * The pipeline as its YAML text: what the driver ships to executors, each of which builds the same steps
 * from it (steps hold models and tables that are not serializable and need not be).
 */
record PipelineSource(String yaml, String origin) implements Serializable {
  Pipeline pipeline() {
    return Pipeline.of(PipelineConfig.parse(yaml, origin), StepRegistry.standard());
  }
}
