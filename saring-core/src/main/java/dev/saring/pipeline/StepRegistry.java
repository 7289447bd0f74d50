package dev.saring.pipeline;

import dev.saring.text.NormalizeStep;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain name-to-factory map of every step a pipeline can name. Adding a step means adding one line
 * to {@link #standard()}; there is no scanning and no reflection.
 */
public final class StepRegistry {
  private final Map<String, StepSpec<?>> specs = new LinkedHashMap<>();

  /** A registry holding saring's built-in steps. */
  public static StepRegistry standard() {
    StepRegistry r = new StepRegistry();
    r.put(new StepSpec<>("normalize", "Unicode NFC, controls removed, whitespace and newlines normalized",
        NormalizeStep.Options.DEFAULTS, (o, c) -> new NormalizeStep(o)));
    return r;
  }

  /** Adds or replaces the step called {@code spec.name()}. */
  public StepRegistry put(StepSpec<?> spec) {
    specs.put(spec.name(), spec);
    return this;
  }

  /** The step called {@code name}; an unknown name is a {@link ConfigException} listing the valid ones. */
  public StepSpec<?> spec(String name) {
    StepSpec<?> spec = specs.get(name);
    if (spec == null) {
      throw new ConfigException("unknown step '" + name + "'; valid steps: " + String.join(", ", specs.keySet()));
    }
    return spec;
  }

  public Collection<StepSpec<?>> all() {
    return Collections.unmodifiableCollection(specs.values());
  }
}
