package dev.saring.io;

import dev.saring.document.Document;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents of one kind (say, kept Indonesian documents of one shard) written to {@code base.jsonl.zst}
 * (or {@code base.parquet}), continued in {@code base.part1.jsonl.zst}, {@code base.part2…} when a file
 * reaches the size limit. All parts become visible together on {@link #commit()}.
 */
public final class RollingJsonlWriter implements Closeable {
  private final Path dir;
  private final String base;
  private final WriterOptions options;
  private final long maxBytes;
  private final List<PartWriter> parts = new ArrayList<>();
  private PartWriter current;

  public RollingJsonlWriter(Path dir, String base, WriterOptions options) {
    this.dir = dir;
    this.base = base;
    this.options = options;
    this.maxBytes = options.maxFileMb() == 0 ? Long.MAX_VALUE : options.maxFileMb() * 1024L * 1024L;
  }

  public void write(Document doc) throws IOException {
    current().write(doc);
  }

  public void writeValue(Object value) throws IOException {
    current().writeValue(value);
  }

  private PartWriter current() throws IOException {
    if (current != null && current.bytesOnDisk() >= maxBytes) {
      current.finish();
      current = null;
    }
    if (current == null) {
      String name = parts.isEmpty() ? base : base + ".part" + parts.size();
      Path target = dir.resolve(name + options.suffix());
      current = options.parquet() ? new ParquetDocumentWriter(target, options)
          : new JsonlWriter(target, options.codec(), options.level());
      parts.add(current);
    }
    return current;
  }

  public void commit() throws IOException {
    for (PartWriter part : parts) {
      part.commit();
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (PartWriter part : parts) {
      try {
        part.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
