package dev.saring.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Opens input shards as document readers, by format. */
public final class Readers {
  private Readers() {}

  /** A reader over every document of {@code shard}; problems go to {@code failures}. */
  public static DocumentReader open(InputShard shard, ReaderOptions options, ReadFailures failures)
      throws IOException {
    if (shard.format().isOneDocumentPerFile()) {
      return new LooseFilesReader(shard, options, failures);
    }
    return shard.files().size() == 1 ? openFile(shard.files().get(0), shard.format(), options, failures)
        : new Chained(shard.files(), shard.format(), options, failures);
  }

  private static DocumentReader openFile(Path file, InputFormat format, ReaderOptions options,
      ReadFailures failures) throws IOException {
    return switch (format) {
      case WARC, WET -> new WarcDocumentReader(file, options, failures);
      case JSONL -> new JsonlReader(file, options, failures);
      case PARQUET -> new ParquetDocumentReader(file, options, failures);
      case TEXT, HTML -> throw new IllegalArgumentException("loose files are read in batches: " + file);
    };
  }

  /** Several container files read one after the other as one shard. */
  private static final class Chained extends AbstractDocumentReader {
    private final Iterator<Path> files;
    private final InputFormat format;
    private final ReaderOptions options;
    private final ReadFailures failures;
    private DocumentReader current;
    private Iterator<dev.saring.document.Document> docs;
    private long finishedBytes;

    Chained(List<Path> files, InputFormat format, ReaderOptions options, ReadFailures failures) {
      this.files = files.iterator();
      this.format = format;
      this.options = options;
      this.failures = failures;
    }

    @Override
    protected Optional<dev.saring.document.Document> readNext() {
      while (docs == null || !docs.hasNext()) {
        closeCurrent();
        if (!files.hasNext()) {
          return Optional.empty();
        }
        Path file = files.next();
        try {
          current = openFile(file, format, options, failures);
          docs = current.iterator();
        } catch (IOException e) {
          failures.failed("io:unreadable", file.getFileName().toString(), 0, String.valueOf(e.getMessage()));
        }
      }
      return Optional.of(docs.next());
    }

    private void closeCurrent() {
      if (current != null) {
        finishedBytes += current.bytesRead();
        try {
          current.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        current = null;
        docs = null;
      }
    }

    @Override
    public long bytesRead() {
      return finishedBytes + (current == null ? 0 : current.bytesRead());
    }

    @Override
    public void close() {
      closeCurrent();
    }
  }
}
