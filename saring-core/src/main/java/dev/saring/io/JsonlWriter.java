package dev.saring.io;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes JSON lines to {@code target} through a temporary file in the same folder; the target appears,
 * complete, only on {@link #commit()}. A writer that is closed without a commit deletes its temporary
 * file, so a crashed or killed task never leaves a half-written output behind under a final name.
 */
public final class JsonlWriter implements PartWriter {
  /** Suffix of temporary files; the executor removes stale ones left by a killed run. */
  public static final String TMP_SUFFIX = ".saring-tmp";

  private final Path target;
  private final Path tmp;
  private final CountingOutputStream onDisk;
  private final OutputStream out;
  private final DocumentJson.LineWriter lines;
  private long documents;
  private boolean finished;
  private boolean committed;

  public JsonlWriter(Path target, Compression compression, int level) throws IOException {
    this.target = target;
    this.tmp = target.resolveSibling(target.getFileName() + TMP_SUFFIX);
    Files.createDirectories(target.getParent());
    this.onDisk = new CountingOutputStream(Files.newOutputStream(tmp));
    this.out = compression.output(onDisk, level);
    this.lines = new DocumentJson.LineWriter(out);
  }

  /** Writes one document as one line. */
  @Override
  public void write(Document doc) throws IOException {
    lines.write(doc);
    documents++;
  }

  /** Writes any JSON-serialisable value (a map, a record) as one line. */
  @Override
  public void writeValue(Object value) throws IOException {
    lines.writeValue(value);
    documents++;
  }

  public long documents() {
    return documents;
  }

  /** Compressed bytes written so far (exact after {@link #finish()}, an estimate before). */
  @Override
  public long bytesOnDisk() {
    return onDisk.count;
  }

  /** Flushes and closes the compressed stream; the file stays temporary until {@link #commit()}. */
  @Override
  public void finish() throws IOException {
    if (!finished) {
      finished = true;
      out.close();
    }
  }

  /** Finishes and atomically renames the temporary file to the target, replacing an older one. */
  @Override
  public void commit() throws IOException {
    finish();
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    committed = true;
  }

  public Path target() {
    return target;
  }

  /** Without a prior {@link #commit()}, discards the output. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        finish();
      } catch (IOException ignored) {
        // The file is being discarded; a failed flush changes nothing.
      }
      Files.deleteIfExists(tmp);
    }
  }

  private static final class CountingOutputStream extends FilterOutputStream {
    private long count;

    CountingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
