package dev.saring.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline definition as written in YAML, checked for shape but not yet against the registry.
 *
 * <pre>
 * name: my-crawl              # optional; shown in stats and the report
 * input: [crawl/*.warc.gz]    # optional; -i on the command line wins
 * output: out/                # optional; -o wins
 * reader: {text_field: text}  # optional reader options
 * writer: {compression: zstd} # optional writer options
 * steps:
 *   - normalize: {}
 *   - gopher_quality: {min_words: 50}
 * </pre>
 *
 * @param origin where the definition came from (a path or {@code preset:web}), for messages
 */
public record PipelineConfig(String name, String origin, List<String> input, String output,
    Map<String, Object> reader, Map<String, Object> writer, List<StepConfig> steps) {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("name", "description", "input", "output", "reader", "writer", "steps");

  public PipelineConfig {
    input = List.copyOf(input);
    reader = Map.copyOf(reader);
    writer = Map.copyOf(writer);
    steps = List.copyOf(steps);
  }

  /** Reads a pipeline file; a missing or malformed file is a {@link ConfigException}. */
  public static PipelineConfig load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException("pipeline file does not exist: " + file);
    } catch (IOException e) {
      throw new ConfigException("cannot read pipeline file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text; {@code origin} names it in errors. */
  public static PipelineConfig parse(String yaml, String origin) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new ConfigException(origin + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(origin + ": a pipeline is a mapping with a 'steps:' list");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL_KEYS.contains(key)) {
        throw new ConfigException(origin + ": unknown key '" + key + "'; valid keys: "
            + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL_KEYS)));
      }
    }
    String name = root.path("name").asText(origin);
    return new PipelineConfig(name, origin, inputs(root.get("input"), origin),
        root.hasNonNull("output") ? root.get("output").asText() : null,
        mapping(root.get("reader"), origin + ": reader"), mapping(root.get("writer"), origin + ": writer"),
        steps(root.get("steps"), origin));
  }

  private static List<String> inputs(JsonNode node, String origin) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      throw new ConfigException(origin + ": input must be a path or a list of paths");
    }
    return out;
  }

  private static List<StepConfig> steps(JsonNode node, String origin) {
    if (node == null || !node.isArray()) {
      throw new ConfigException(origin + ": 'steps:' must be a list, e.g. steps: [ {normalize: {}} ]");
    }
    List<StepConfig> steps = new ArrayList<>();
    for (JsonNode entry : node) {
      if (entry.isTextual()) {
        steps.add(new StepConfig(entry.asText(), Map.of()));
      } else if (entry.isObject() && entry.size() == 1) {
        Map.Entry<String, JsonNode> only = entry.fields().next();
        String where = origin + ": step '" + only.getKey() + "'";
        steps.add(new StepConfig(only.getKey(), mapping(only.getValue(), where)));
      } else {
        throw new ConfigException(origin + ": step " + (steps.size() + 1)
            + " must be a name or a one-key mapping like '- lid: {}', got: " + entry);
      }
    }
    return steps;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapping(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new ConfigException(where + ": options must be a mapping, got: " + node);
    }
    Map<String, Object> map = YAML.convertValue(node, LinkedHashMap.class);
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }
}
