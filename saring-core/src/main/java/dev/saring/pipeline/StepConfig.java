package dev.saring.pipeline;

import java.util.Map;

/**
 * One entry of a pipeline's {@code steps:} list as written: a registry name and its raw options.
 *
 * @param name registry name ({@code gopher_quality})
 * @param options the YAML mapping under the name; empty for {@code - lid: {}} or {@code - lid}
 */
public record StepConfig(String name, Map<String, Object> options) {
  public StepConfig {
    options = Map.copyOf(options);
  }
}
