package dev.saring.lang.fasttext;

import dev.saring.lang.ModelFormatException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads fastText's binary layout: little-endian primitives written by {@code ostream::write} on x86,
 * NUL-terminated strings, and float arrays. Every read checks the stream's end and says where it ended,
 * and every size read from the file is checked against what is left, so a truncated or hostile file is
 * a {@link ModelFormatException}, never an {@code OutOfMemoryError}.
 */
final class ModelInput implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final String name;
  private final long length;
  private final byte[] buffer = new byte[BUFFER];
  private final ByteBuffer view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
  private int pos;
  private int limit;
  private long consumed;

  /** @param length the stream's length in bytes when known, else -1 */
  ModelInput(InputStream in, String name, long length) {
    this.in = in;
    this.name = name;
    this.length = length;
  }

  long position() {
    return consumed + pos;
  }

  /** Bytes left, or {@code Long.MAX_VALUE} when the length is unknown. */
  long remaining() {
    return length < 0 ? Long.MAX_VALUE : length - position();
  }

  private void need(int n) throws IOException {
    if (limit - pos >= n) {
      return;
    }
    System.arraycopy(buffer, pos, buffer, 0, limit - pos);
    consumed += pos;
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buffer, limit, buffer.length - limit);
      if (r < 0) {
        throw truncated();
      }
      limit += r;
    }
  }

  ModelFormatException truncated() {
    return new ModelFormatException(name + ": truncated at byte " + (consumed + limit));
  }

  ModelFormatException corrupt(String what) {
    return new ModelFormatException(name + ": " + what + " (at byte " + position() + ")");
  }

  int readInt() throws IOException {
    need(4);
    int v = view.getInt(pos);
    pos += 4;
    return v;
  }

  long readLong() throws IOException {
    need(8);
    long v = view.getLong(pos);
    pos += 8;
    return v;
  }

  double readDouble() throws IOException {
    need(8);
    double v = view.getDouble(pos);
    pos += 8;
    return v;
  }

  byte readByte() throws IOException {
    need(1);
    return buffer[pos++];
  }

  boolean readBool() throws IOException {
    return readByte() != 0;
  }

  /** A NUL-terminated byte string of at most {@code max} bytes. */
  byte[] readCString(int max) throws IOException {
    byte[] s = new byte[32];
    int n = 0;
    for (byte b = readByte(); b != 0; b = readByte()) {
      if (n == max) {
        throw corrupt("string longer than " + max + " bytes");
      }
      if (n == s.length) {
        s = java.util.Arrays.copyOf(s, s.length * 2);
      }
      s[n++] = b;
    }
    return java.util.Arrays.copyOf(s, n);
  }

  void readFully(byte[] dst) throws IOException {
    int off = 0;
    while (off < dst.length) {
      if (pos == limit) {
        need(1);
      }
      int n = Math.min(dst.length - off, limit - pos);
      System.arraycopy(buffer, pos, dst, off, n);
      pos += n;
      off += n;
    }
  }

  void readFloats(float[] dst) throws IOException {
    int off = 0;
    while (off < dst.length) {
      need(4);
      int n = Math.min(dst.length - off, (limit - pos) / 4);
      view.position(pos);
      view.asFloatBuffer().get(dst, off, n);
      pos += n * 4;
      off += n;
    }
  }

  /** Checks a size read from the file: non-negative, at most {@code max}, and not beyond the file's end. */
  long checkSize(String what, long value, long max, long bytesEach) throws ModelFormatException {
    if (value < 0 || value > max) {
      throw corrupt(what + " = " + value + " is out of range 0.." + max);
    }
    if (bytesEach > 0 && value > remaining() / bytesEach) {
      throw corrupt(what + " = " + value + " needs " + value * bytesEach + " bytes but only " + remaining() + " remain");
    }
    return value;
  }

  boolean atEnd() throws IOException {
    if (pos < limit) {
      return false;
    }
    int r = in.read(buffer, 0, buffer.length);
    consumed += limit;
    pos = 0;
    limit = Math.max(r, 0);
    return r < 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
