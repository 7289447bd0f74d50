package dev.saring.io;

import dev.saring.document.Document;
import java.io.Closeable;
import java.io.IOException;

/** One output file written under a temporary name, visible under its own only on {@link #commit()}. */
interface PartWriter extends Closeable {
  void write(Document doc) throws IOException;

  /** A record that is not a document (a failure); only JSONL holds those. */
  void writeValue(Object value) throws IOException;

  long bytesOnDisk();

  /** Completes the file; it stays temporary until {@link #commit()}. */
  void finish() throws IOException;

  void commit() throws IOException;
}
