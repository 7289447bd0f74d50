package dev.saring.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.io.InputShard;
import dev.saring.pipeline.ConfigException;
import dev.saring.pipeline.OptionsBinder;
import dev.saring.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run is, as stored in {@code OUT/.saring/run.json}: its steps with their effective options, its
 * reader and writer options, and its shards. A run resumed into a folder that holds a different run
 * would mix two outputs, so it is refused with a message that says how to start afresh.
 */
public final class RunDefinition {
  private RunDefinition() {}

  public static void checkOrWrite(OutputLayout layout, Pipeline pipeline, List<InputShard> shards) throws IOException {
    // Through text and back, as the stored one was: a long option (a seed) reads back as an int node,
    // and JsonNode equality tells those apart.
    JsonNode current = StatsJson.mapper().readTree(StatsJson.mapper().writeValueAsString(describe(pipeline, shards)));
    Path file = layout.runFile();
    if (Files.exists(file)) {
      JsonNode previous = StatsJson.mapper().readTree(file.toFile());
      if (!previous.equals(current)) {
        throw new ConfigException("output folder " + layout.root() + " holds a run with other steps, options "
            + "or inputs; pass --overwrite to replace it, or choose another -o");
      }
      return;
    }
    StatsJson.write(file, current);
  }

  private static JsonNode describe(Pipeline pipeline, List<InputShard> shards) {
    ObjectNode root = StatsJson.mapper().createObjectNode();
    ArrayNode steps = root.putArray("steps");
    for (Pipeline.BoundStep b : pipeline.steps()) {
      ObjectNode step = steps.addObject();
      step.put("name", b.spec().name());
      step.set("options", StatsJson.mapper().valueToTree(b.effectiveOptions()));
    }
    root.set("reader", StatsJson.mapper().valueToTree(OptionsBinder.toMap(pipeline.readerOptions())));
    root.set("writer", StatsJson.mapper().valueToTree(OptionsBinder.toMap(pipeline.writerOptions())));
    ArrayNode list = root.putArray("shards");
    for (InputShard s : shards) {
      ObjectNode shard = list.addObject();
      shard.put("id", s.id());
      ArrayNode files = shard.putArray("files");
      s.files().forEach(f -> files.add(f.toString()));
    }
    return root;
  }
}
