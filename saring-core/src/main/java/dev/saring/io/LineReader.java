package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them and without ever holding more than the cap.
 *
 * <p>Written by hand because {@code BufferedReader} decodes to chars (JSON parsing wants bytes) and has no
 * length cap: a 2 GB line would be read whole. A line longer than the cap is skipped to its end and
 * reported by {@link #tooLong()}, with its true length.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1 << 12];
  private int lineLength;
  private long lineBytes;
  private long nextOffset;
  private long offset;
  private long lineNumber;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    lineLength = 0;
    lineBytes = 0;
    offset = nextOffset;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (any) {
          lineNumber++;
        }
        return any;
      }
      any = true;
      int nl = indexOfNewline();
      int end = nl < 0 ? limit : nl;
      append(pos, end - pos);
      nextOffset += (nl < 0 ? end : nl + 1) - pos;
      pos = nl < 0 ? limit : nl + 1;
      if (nl >= 0) {
        lineNumber++;
        if (lineLength > 0 && line[lineLength - 1] == '\r' && !tooLong()) {
          lineLength--;
        }
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      eof = n < 0;
      return n > 0;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = pos; i < limit; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int n) {
    lineBytes += n;
    if (lineBytes > maxLineBytes) {
      return;
    }
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + n, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  /** True when the current line was longer than the cap; its bytes are not available. */
  boolean tooLong() {
    return lineBytes > maxLineBytes;
  }

  /** The current line's bytes, valid until the next call to {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLength;
  }

  /** The true length of the current line in bytes, even when it was too long to keep. */
  long fullLength() {
    return lineBytes;
  }

  /** Byte offset of the current line in the (decompressed) stream. */
  long offset() {
    return offset;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** True when the current line holds only spaces, tabs or nothing. */
  boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong();
  }
}
