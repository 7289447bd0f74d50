package dev.saring.io;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The stream compressions saring reads and writes, chosen by file extension. */
public enum Compression {
  NONE(""),
  GZIP(".gz"),
  ZSTD(".zst");

  private static final int BUFFER = 256 * 1024;
  private final String extension;

  Compression(String extension) {
    this.extension = extension;
  }

  /** The file-name suffix, with its dot ({@code .zst}); empty for {@link #NONE}. */
  public String extension() {
    return extension;
  }

  /** The compression a file name says it has: {@code x.jsonl.gz} is GZIP. */
  public static Compression ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz") || lower.endsWith(".gzip")) {
      return GZIP;
    }
    if (lower.endsWith(".zst") || lower.endsWith(".zstd")) {
      return ZSTD;
    }
    return NONE;
  }

  /** The name without a compression suffix: {@code a.jsonl.zst} gives {@code a.jsonl}. */
  public static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return ofFileName(name) == NONE || dot < 0 ? name : name.substring(0, dot);
  }

  /** The writer option value: {@code zstd}, {@code gzip} or {@code none}. */
  public static Compression ofOption(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "zstd", "zst" -> ZSTD;
      case "gzip", "gz" -> GZIP;
      case "none", "plain", "" -> NONE;
      default -> throw new IllegalArgumentException("compression must be zstd, gzip or none: " + value);
    };
  }

  /** Wraps {@code raw} to decompress; gzip input may hold several members, as WARC and CC files do. */
  public InputStream input(InputStream raw) throws IOException {
    return switch (this) {
      case NONE -> new BufferedInputStream(raw, BUFFER);
      case GZIP -> new GZIPInputStream(raw, BUFFER);
      case ZSTD -> new BufferedInputStream(new ZstdInputStream(raw), BUFFER);
    };
  }

  /** Wraps {@code raw} to compress at {@code level} (zstd 1..19, gzip 1..9; ignored for none). */
  public OutputStream output(OutputStream raw, int level) throws IOException {
    return switch (this) {
      case NONE -> new java.io.BufferedOutputStream(raw, BUFFER);
      case GZIP -> new LeveledGzipOutputStream(raw, Math.max(1, Math.min(9, level)));
      case ZSTD -> new java.io.BufferedOutputStream(
          new ZstdOutputStream(raw, Math.max(1, Math.min(19, level))), BUFFER);
    };
  }

  /**
   * A stable failure reason for an exception thrown while decompressing:
   * {@code gzip:truncated}, {@code zstd:corrupt}, {@code io:error}.
   */
  public String failureReason(IOException e) {
    String prefix = this == NONE ? "io" : name().toLowerCase(Locale.ROOT);
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (e instanceof EOFException || message.contains("truncated") || message.contains("unexpected end")) {
      return prefix + ":truncated";
    }
    return this == NONE ? "io:error" : prefix + ":corrupt";
  }

  private static final class LeveledGzipOutputStream extends GZIPOutputStream {
    LeveledGzipOutputStream(OutputStream out, int level) throws IOException {
      super(out, BUFFER);
      def.setLevel(level);
    }
  }
}
