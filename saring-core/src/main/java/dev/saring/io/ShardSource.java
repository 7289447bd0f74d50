package dev.saring.io;

import java.io.IOException;

/**
 * Where a task's documents come from: the shard's files through saring's readers, or rows a backend already
 * reads itself (Spark's Parquet data source), so every pass over a shard sees the same documents.
 */
@FunctionalInterface
public interface ShardSource {
  /** The shard's files, read by format. */
  ShardSource FILES = Readers::open;

  DocumentReader open(InputShard shard, ReaderOptions options, ReadFailures failures) throws IOException;
}
