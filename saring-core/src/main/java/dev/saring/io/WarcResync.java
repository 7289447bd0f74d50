package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next WARC record starts after a damaged one.
 *
 * <p>WARC.gz files compress each record as its own gzip member, so the next record starts at the next
 * gzip header whose first decompressed bytes are {@code WARC/}. Uncompressed files are searched for a
 * line that starts with {@code WARC/} and a digit. Written by hand: jwarc stops at the first error, by design.
 */
final class WarcResync {
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  private static final int BLOCK = 64 * 1024;

  private WarcResync() {}

  static boolean startsWithGzip(FileChannel channel, long at) throws IOException {
    ByteBuffer two = ByteBuffer.allocate(2);
    return channel.read(two, at) == 2 && (two.get(0) & 0xFF) == 0x1F && (two.get(1) & 0xFF) == 0x8B;
  }

  /** Offset of the next record start at or after {@code from}, or -1 when there is none. */
  static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(BLOCK + 8);
    long size = channel.size();
    for (long base = from; base < size; base += BLOCK) {
      buf.clear();
      int n = channel.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      int scan = Math.min(n, BLOCK);
      for (int i = 0; i < scan; i++) {
        long at = base + i;
        if (gzip ? isGzipMember(a, i, n) && gzipStartsWithWarc(channel, at)
            : isWarcLine(a, i, n) && (at == 0 || precededByNewline(channel, at))) {
          return at;
        }
      }
    }
    return -1;
  }

  private static boolean isGzipMember(byte[] a, int i, int n) {
    return i + 2 < n && (a[i] & 0xFF) == 0x1F && (a[i + 1] & 0xFF) == 0x8B && a[i + 2] == 8;
  }

  private static boolean isWarcLine(byte[] a, int i, int n) {
    if (i + WARC.length + 1 > n) {
      return false;
    }
    for (int k = 0; k < WARC.length; k++) {
      if (a[i + k] != WARC[k]) {
        return false;
      }
    }
    byte digit = a[i + WARC.length];
    return digit >= '0' && digit <= '9';
  }

  private static boolean precededByNewline(FileChannel channel, long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, at - 1) == 1 && one.get(0) == '\n';
  }

  private static boolean gzipStartsWithWarc(FileChannel channel, long at) {
    try (InputStream in = new GZIPInputStream(new PositionalInputStream(channel, at), 512)) {
      byte[] head = in.readNBytes(WARC.length);
      return java.util.Arrays.equals(head, WARC);
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a file channel from an offset without moving the channel's own position. */
  private static final class PositionalInputStream extends InputStream {
    private final FileChannel channel;
    private long position;

    PositionalInputStream(FileChannel channel, long position) {
      this.channel = channel;
      this.position = position;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = channel.read(ByteBuffer.wrap(b, off, len), position);
      if (n > 0) {
        position += n;
      }
      return n;
    }
  }
}
