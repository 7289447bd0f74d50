package dev.saring.spark;

import dev.saring.io.InputException;
import dev.saring.io.InputFormat;
import dev.saring.io.Inputs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Inputs given as URIs ({@code hdfs://}, {@code s3a://}, {@code gs://}, {@code file://}): listed on the driver
 * through Hadoop's file systems (globs and folders walked), one shard per container file, copied to the
 * executor's local disk by the task that reads it.
 */
final class RemoteInputs {
  private RemoteInputs() {}

  static boolean isRemote(String spec) {
    return spec.contains("://");
  }

  static List<ShardSpec> resolve(List<String> specs, Configuration conf) throws IOException {
    List<ShardSpec> out = new ArrayList<>();
    for (String spec : specs) {
      Path path = new Path(spec);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        throw new InputException("input does not exist: " + spec);
      }
      int before = out.size();
      for (FileStatus st : matched) {
        if (st.isDirectory()) {
          RemoteIterator<LocatedFileStatus> files = fs.listFiles(st.getPath(), true);
          while (files.hasNext()) {
            add(files.next(), out);
          }
        } else {
          add(st, out);
        }
      }
      if (out.size() == before) {
        throw new InputException("no readable input in " + spec + " (looked for " + Inputs.KNOWN_FORMATS + ")");
      }
    }
    out.sort((a, b) -> a.files().get(0).compareTo(b.files().get(0)));
    return out;
  }

  private static void add(FileStatus st, List<ShardSpec> out) {
    String name = st.getPath().getName();
    InputFormat format = InputFormat.ofFileName(name).orElse(null);
    if (format == null || name.startsWith(".") || name.startsWith("_")) {
      return;
    }
    if (format.isOneDocumentPerFile()) {
      throw new InputException("loose " + format + " files are read from local or mounted folders only: " + st.getPath());
    }
    out.add(new ShardSpec(Inputs.baseName(name), format.name(), List.of(st.getPath().toString()), null, st.getLen(),
        true));
  }
}
