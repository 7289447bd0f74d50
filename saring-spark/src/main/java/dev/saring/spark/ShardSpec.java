package dev.saring.spark;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import dev.saring.io.InputFormat;
import dev.saring.io.InputShard;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * An input shard in a form Spark can ship to executors: local paths, or Hadoop URIs ({@code remote}) that
 * the task copies to local disk before reading (the readers need random access and a local file).
 */
record ShardSpec(String id, String format, List<String> files, String root, long bytes, boolean remote)
    implements Serializable {
  static ShardSpec of(InputShard shard) {
    return new ShardSpec(shard.id(), shard.format().name(), shard.files().stream().map(Path::toString).toList(),
        shard.root() == null ? null : shard.root().toString(), shard.bytes(), false);
  }

  ShardSpec withId(String newId) {
    return new ShardSpec(newId, format, files, root, bytes, remote);
  }

  /** The shard as the driver describes it (remote files named by their URI). */
  InputShard described() {
    return new InputShard(id, InputFormat.valueOf(format), files.stream().map(Path::of).toList(),
        root == null ? null : Path.of(root), bytes);
  }

  /** The shard readable on this machine: itself when local, else a temporary local copy deleted on close. */
  LocalShard open(HadoopConf hadoop) throws IOException {
    if (!remote) {
      return new LocalShard(described(), null);
    }
    Path dir = Files.createTempDirectory("saring-input-");
    List<Path> local = new ArrayList<>();
    Configuration conf = hadoop.configuration();
    for (String uri : files) {
      org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(uri);
      Path dst = dir.resolve(src.getName());
      try (FileSystem fs = FileSystem.newInstance(src.toUri(), conf);
           var in = fs.open(src)) {
        Files.copy(in, dst);
      }
      local.add(dst);
    }
    return new LocalShard(new InputShard(id, InputFormat.valueOf(format), local, dir, bytes), dir);
  }

  /** A shard on local disk; closing removes a temporary copy. */
  record LocalShard(InputShard shard, Path temporary) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (temporary != null) {
        MoreFiles.deleteRecursively(temporary, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }
}
