package dev.saring.io;

/**
 * How output is written; the {@code writer:} mapping of a pipeline file.
 *
 * @param compression {@code zstd} (default), {@code gzip} or {@code none}
 * @param level compression level (zstd 1..19, gzip 1..9)
 * @param maxFileMb start a new output file after this many MB (compressed); 0 keeps one file per shard
 * @param format {@code jsonl} (default) or {@code parquet} (columns id, text, url, language and metadata as a
 *     JSON string, compressed with the same codec; failure records stay JSONL)
 */
public record WriterOptions(String compression, int level, int maxFileMb, String format) {
  /** The defaults: JSONL, zstd level 3, one file per input shard and language. */
  public static final WriterOptions DEFAULTS = new WriterOptions("zstd", 3, 0, "jsonl");

  public WriterOptions {
    Compression.ofOption(compression);
    if (!format.equals("jsonl") && !format.equals("parquet")) {
      throw new IllegalArgumentException("format must be jsonl or parquet: " + format);
    }
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
    return parquet() ? ".parquet" : ".jsonl" + codec().extension();
  }

  public boolean parquet() {
    return format.equals("parquet");
  }

  /** The same options writing JSONL: for records that are not documents (failures). */
  public WriterOptions jsonl() {
    return new WriterOptions(compression, level, maxFileMb, "jsonl");
  }
}
