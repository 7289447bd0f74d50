package dev.saring.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.io.InputShard;
import dev.saring.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code stats.json} of a run, the same from every backend: totals, accounting, per-step stats. */
public final class RunSummary {
  private RunSummary() {}

  /** Writes {@code stats.json} for a finished run. */
  public static void write(OutputLayout layout, Pipeline pipeline, List<InputShard> shards, RunResult result,
      int workers) throws IOException {
    StatsJson.write(layout.stats(), document(pipeline, shards, result, workers));
  }

  private static Map<String, Object> document(Pipeline pipeline, List<InputShard> shards, RunResult result,
      int workers) {
    RunStats s = result.stats();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("saring_version", Version.current());
    doc.put("pipeline", pipeline.name());
    doc.put("pipeline_origin", pipeline.config().origin());
    doc.put("inputs", shards.stream().flatMap(sh -> sh.files().stream()).map(Path::toString).toList());
    doc.put("shards", Map.of("total", result.shards(), "resumed", result.resumedShards()));
    doc.put("workers", workers);
    Map<String, Object> accounting = new LinkedHashMap<>();
    accounting.put("balanced", s.balanced());
    accounting.put("documents_in", s.documentsIn());
    accounting.put("kept", s.kept());
    accounting.put("dropped", s.dropped());
    accounting.put("failed", s.failed());
    doc.put("accounting", accounting);
    doc.put("wall_seconds", result.wallSeconds());
    doc.put("stats", s);
    JsonNode steps = StatsJson.mapper().valueToTree(pipeline.steps().stream()
        .map(b -> Map.of("name", b.spec().name(), "options", b.effectiveOptions())).toList());
    doc.put("pipeline_steps", steps);
    return doc;
  }
}
