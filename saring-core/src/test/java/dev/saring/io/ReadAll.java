package dev.saring.io;

import dev.saring.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole file with default options. */
final class ReadAll {
  private ReadAll() {}

  static List<Document> read(Path file, CollectingFailures failures) throws IOException {
    return read(file, ReaderOptions.DEFAULTS, failures);
  }

  static List<Document> read(Path file, ReaderOptions options, CollectingFailures failures) throws IOException {
    List<InputShard> shards = Inputs.resolve(List.of(file.toString()), options.filesPerBatch());
    List<Document> docs = new ArrayList<>();
    for (InputShard shard : shards) {
      try (DocumentReader reader = Readers.open(shard, options, failures)) {
        reader.forEach(docs::add);
      }
    }
    return docs;
  }
}
