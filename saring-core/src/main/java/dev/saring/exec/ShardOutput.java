package dev.saring.exec;

import dev.saring.document.Document;
import dev.saring.io.RollingJsonlWriter;
import dev.saring.io.WriterOptions;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output files of one shard: kept documents by language, removed ones by step, and failures.
 * Files are opened on first use and become visible together on {@link #commit()}.
 */
final class ShardOutput implements Closeable {
  private final OutputLayout layout;
  private final String shardId;
  private final WriterOptions options;
  private final Map<Path, RollingJsonlWriter> writers = new LinkedHashMap<>();
  private long keptWritten;

  ShardOutput(OutputLayout layout, String shardId, WriterOptions options) {
    this.layout = layout;
    this.shardId = shardId;
    this.options = options;
  }

  void kept(Document doc) throws IOException {
    writer(layout.kept(doc.language())).write(doc);
    keptWritten++;
  }

  void removed(Document doc, String step, String reason) throws IOException {
    doc.metadata().put("removed_by", step);
    doc.metadata().put("removed_reason", reason);
    writer(layout.removed(step)).write(doc);
  }

  void failed(Map<String, Object> record) throws IOException {
    writers.computeIfAbsent(layout.failed(), d -> new RollingJsonlWriter(d, shardId, options.jsonl()))
        .writeValue(record);
  }

  /** Kept documents actually handed to writers, checked against the runner's own count. */
  long keptWritten() {
    return keptWritten;
  }

  private RollingJsonlWriter writer(Path dir) {
    return writers.computeIfAbsent(dir, d -> new RollingJsonlWriter(d, shardId, options));
  }

  void commit() throws IOException {
    for (RollingJsonlWriter w : writers.values()) {
      w.commit();
    }
  }

  @Override
  public void close() throws IOException {
    for (RollingJsonlWriter w : writers.values()) {
      w.close();
    }
  }
}
