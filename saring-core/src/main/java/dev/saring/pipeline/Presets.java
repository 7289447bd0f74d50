package dev.saring.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Pipelines shipped in the jar under {@code dev/saring/presets/NAME.yaml}.
 *
 * <ul>
 *   <li>{@code web}: saring's default for raw crawls;
 *   <li>{@code fineweb}: FineWeb's English recipe;
 *   <li>{@code fineweb2}: FineWeb-2's multilingual recipe with per-language thresholds.
 * </ul>
 */
public final class Presets {
  /** The names of the shipped presets, in the order {@code --help} lists them. */
  public static final List<String> NAMES = List.of("web", "fineweb", "fineweb2");

  private Presets() {}

  /** The preset called {@code name}; an unknown name is a {@link ConfigException} listing the valid ones. */
  public static PipelineConfig load(String name) {
    return PipelineConfig.parse(yaml(name), "preset:" + name);
  }

  /** The preset's YAML as shipped, comments included. */
  public static String yaml(String name) {
    String path = "/dev/saring/presets/" + name + ".yaml";
    try (InputStream in = Presets.class.getResourceAsStream(path)) {
      if (in == null || !NAMES.contains(name)) {
        throw new ConfigException("unknown preset '" + name + "'" + NameSuggestion.hint(name, NAMES)
            + "; valid presets: " + String.join(", ", available()));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read preset " + name + ": " + e.getMessage(), e);
    }
  }

  /** The presets actually present in this build. */
  public static List<String> available() {
    return NAMES.stream()
        .filter(n -> Presets.class.getResource("/dev/saring/presets/" + n + ".yaml") != null)
        .toList();
  }
}
