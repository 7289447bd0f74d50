package dev.saring.io;

/**
 * How output is written; the {@code writer:} mapping of a pipeline file.
 *
 * @param compression {@code zstd} (default), {@code gzip} or {@code none}
 * @param level compression level (zstd 1..19, gzip 1..9)
 * @param maxFileMb start a new output file after this many MB (compressed); 0 keeps one file per shard
 */
public record WriterOptions(String compression, int level, int maxFileMb) {
  /** The defaults: zstd level 3, one file per input shard and language. */
  public static final WriterOptions DEFAULTS = new WriterOptions("zstd", 3, 0);

  public WriterOptions {
    Compression.ofOption(compression);
    if (level < 1 || level > 19) {
      throw new IllegalArgumentException("level must be in 1..19: " + level);
    }
    if (maxFileMb < 0) {
      throw new IllegalArgumentException("max_file_mb must be >= 0: " + maxFileMb);
    }
  }

  public Compression codec() {
    return Compression.ofOption(compression);
  }

  /** The file suffix of written files, e.g. {@code .jsonl.zst}. */
  public String suffix() {
    return ".jsonl" + codec().extension();
  }
}
