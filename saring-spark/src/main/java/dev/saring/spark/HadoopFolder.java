package dev.saring.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A run's output folder on a Hadoop file system, seen through relative paths ({@code kept/ind_Latn/a.jsonl.zst},
 * {@code .saring/done/a.json}): files published from local disk, pulled back, listed and removed.
 */
final class HadoopFolder {
  private final Path root;
  private final FileSystem fs;

  HadoopFolder(String uri, Configuration conf) throws IOException {
    this.root = new Path(uri);
    this.fs = root.getFileSystem(conf);
  }

  /** Copies local files under {@code localRoot} to the same relative places, in the order given. */
  void publish(java.nio.file.Path localRoot, List<java.nio.file.Path> files) throws IOException {
    for (java.nio.file.Path f : files) {
      fs.copyFromLocalFile(false, true, new Path(f.toUri()), resolve(localRoot.relativize(f)));
    }
  }

  /** Copies the file at {@code relative} to {@code localRoot}; false when it does not exist. */
  boolean pull(String relative, java.nio.file.Path localRoot) throws IOException {
    Path src = resolve(relative);
    java.nio.file.Path dst = localRoot.resolve(relative);
    Files.createDirectories(dst.getParent());
    try (InputStream in = fs.open(src)) {
      Files.copy(in, dst, StandardCopyOption.REPLACE_EXISTING);
      return true;
    } catch (java.io.FileNotFoundException e) {
      return false;
    }
  }

  /** Every file under the folder {@code relative}, as relative paths; empty when it does not exist. */
  List<String> list(String relative) throws IOException {
    Path dir = resolve(relative);
    List<String> out = new ArrayList<>();
    if (!fs.exists(dir)) {
      return out;
    }
    String base = fs.makeQualified(root).toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      String path = it.next().getPath().toUri().getPath();
      out.add(path.substring(base.length() + (base.endsWith("/") ? 0 : 1)));
    }
    out.sort(null);
    return out;
  }

  /** The names of the folders directly under {@code relative}. */
  List<String> folders(String relative) throws IOException {
    Path dir = resolve(relative);
    List<String> out = new ArrayList<>();
    if (fs.exists(dir)) {
      for (FileStatus st : fs.listStatus(dir)) {
        if (st.isDirectory()) {
          out.add(st.getPath().getName());
        }
      }
    }
    out.sort(null);
    return out;
  }

  String read(String relative) throws IOException {
    try (InputStream in = fs.open(resolve(relative))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  boolean exists(String relative) throws IOException {
    return fs.exists(resolve(relative));
  }

  void delete(String relative) throws IOException {
    fs.delete(resolve(relative), true);
  }

  void makeRoot() throws IOException {
    fs.mkdirs(root);
  }

  private Path resolve(java.nio.file.Path relative) {
    return resolve(relative.toString().replace(java.io.File.separatorChar, '/'));
  }

  private Path resolve(String relative) {
    return new Path(root, relative);
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
