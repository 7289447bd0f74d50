package dev.saring.pipeline;

import dev.saring.step.Step;
import dev.saring.step.StepContext;
import java.util.Map;
import java.util.Objects;

/**
 * A registry entry: how to build the step called {@code name} from its options.
 *
 * @param name registry name, as written in YAML
 * @param summary one line for {@code --help} and error messages
 * @param defaults the options record with every default; its components are the valid YAML keys
 * @param factory builds one step instance (one per worker thread)
 * @param <O> the options record
 */
public record StepSpec<O>(String name, String summary, O defaults, Factory<O> factory) {
  /** Builds a step from bound options and the run's shared context. */
  @FunctionalInterface
  public interface Factory<O> {
    Step create(O options, StepContext context);
  }

  public StepSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(factory, "factory");
  }

  /** Binds YAML options onto the defaults; a bad key or value is a {@link ConfigException}. */
  public O bind(Map<String, ?> options) {
    return OptionsBinder.bind("step '" + name + "'", defaults, options);
  }

  /** Builds the step from already bound options. */
  public Step create(Object options, StepContext context) {
    @SuppressWarnings("unchecked")
    O typed = (O) options;
    return factory.create(typed, context);
  }
}
