package dev.saring.spark;

import dev.saring.io.InputFormat;
import dev.saring.io.InputShard;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** An input shard in a form Spark can ship to executors (paths as strings). */
record ShardSpec(String id, String format, List<String> files, String root, long bytes) implements Serializable {
  static ShardSpec of(InputShard shard) {
    return new ShardSpec(shard.id(), shard.format().name(), shard.files().stream().map(Path::toString).toList(),
        shard.root() == null ? null : shard.root().toString(), shard.bytes());
  }

  InputShard shard() {
    return new InputShard(id, InputFormat.valueOf(format), files.stream().map(Path::of).toList(),
        root == null ? null : Path.of(root), bytes);
  }
}
