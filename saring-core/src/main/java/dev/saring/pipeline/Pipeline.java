package dev.saring.pipeline;

import dev.saring.io.ReaderOptions;
import dev.saring.io.WriterOptions;
import dev.saring.step.Step;
import dev.saring.step.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pipeline definition checked against the registry, with every step's options bound.
 *
 * <p>Building a pipeline validates it completely: unknown steps, unknown options and bad values fail here,
 * before any input is opened. {@link #newSteps(StepContext)} then builds fresh step instances for one worker.
 */
public final class Pipeline {
  /** A step's registry entry and its bound options. */
  public record BoundStep(StepSpec<?> spec, Object options) {
    /** The options as a snake_case map, as they take effect (defaults included). */
    public Map<String, Object> effectiveOptions() {
      return OptionsBinder.toMap(options);
    }
  }

  private final PipelineConfig config;
  private final List<BoundStep> steps;
  private final ReaderOptions readerOptions;
  private final WriterOptions writerOptions;

  private Pipeline(PipelineConfig config, List<BoundStep> steps, ReaderOptions reader, WriterOptions writer) {
    this.config = config;
    this.steps = List.copyOf(steps);
    this.readerOptions = reader;
    this.writerOptions = writer;
  }

  /** Binds every step of {@code config}; throws {@link ConfigException} naming the first problem. */
  public static Pipeline of(PipelineConfig config, StepRegistry registry) {
    List<BoundStep> bound = new ArrayList<>();
    for (StepConfig sc : config.steps()) {
      StepSpec<?> spec = registry.spec(sc.name());
      bound.add(new BoundStep(spec, spec.bind(sc.options())));
    }
    String where = config.origin() + ": ";
    ReaderOptions reader = OptionsBinder.bind(where + "reader", ReaderOptions.DEFAULTS, config.reader());
    WriterOptions writer = OptionsBinder.bind(where + "writer", WriterOptions.DEFAULTS, config.writer());
    return new Pipeline(config, bound, reader, writer);
  }

  public ReaderOptions readerOptions() {
    return readerOptions;
  }

  public WriterOptions writerOptions() {
    return writerOptions;
  }

  public PipelineConfig config() {
    return config;
  }

  public String name() {
    return config.name();
  }

  public List<BoundStep> steps() {
    return steps;
  }

  /**
   * New step instances for one worker thread, in pipeline order. A step that cannot be built (a model file
   * that is missing or broken) is a {@link ConfigException} naming the step.
   */
  public List<Step> newSteps(StepContext context) {
    List<Step> out = new ArrayList<>(steps.size());
    for (BoundStep b : steps) {
      try {
        out.add(b.spec().create(b.options(), context));
      } catch (ConfigException e) {
        throw e;
      } catch (RuntimeException e) {
        String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        throw new ConfigException("step '" + b.spec().name() + "': " + why, e);
      }
    }
    return out;
  }
}
