package dev.saring.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The unit of parallel work and of resume: one container file (WARC, WET, JSONL), or a batch of loose
 * text or HTML files from one folder.
 *
 * @param id stable name of the shard, used for its output files and completion marker
 * @param format the format of every file in it
 * @param files the files, in reading order
 * @param root the folder ids of loose files are relative to
 * @param bytes total size on disk, for progress
 */
public record InputShard(String id, InputFormat format, List<Path> files, Path root, long bytes) {
  public InputShard {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a shard needs at least one file: " + id);
    }
  }
}
