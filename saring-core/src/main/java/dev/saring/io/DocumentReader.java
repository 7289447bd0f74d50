package dev.saring.io;

import dev.saring.document.Document;
import java.io.Closeable;

/**
 * The documents of one input shard, read lazily and once. Problems with the data are reported to the
 * reader's {@link ReadFailures} and never thrown from the iterator.
 */
public interface DocumentReader extends Iterable<Document>, Closeable {
  /** Bytes of the input files consumed so far (compressed bytes for compressed files), for progress. */
  long bytesRead();
}
