package dev.saring.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Each document's shingle set from a census, for verifying candidate pairs by exact Jaccard: a header,
 * (document, count, shingles) records, an end marker and a CRC32C; a damaged file is an error naming it.
 */
final class ShingleFile {
  private static final int MAGIC = 0x53534846; // "SSHF"
  private static final long END = -1L;

  private ShingleFile() {}

  /** Streams records to a temporary file, renamed into place on close. */
  static final class Writer implements Closeable {
    private final Path file;
    private final Path tmp;
    private final CRC32C crc = new CRC32C();
    private final OutputStream raw;
    private final DataOutputStream out;

    Writer(Path file) throws IOException {
      this.file = file;
      this.tmp = file.resolveSibling(file.getFileName() + ".tmp");
      this.raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
      this.out = new DataOutputStream(new CheckedOutputStream(raw, crc));
      out.writeInt(MAGIC);
    }

    void add(long doc, long[] shingles) throws IOException {
      out.writeLong(doc);
      out.writeInt(shingles.length);
      for (long s : shingles) {
        out.writeLong(s);
      }
    }

    @Override
    public void close() throws IOException {
      out.writeLong(END);
      out.flush();
      long sum = crc.getValue();
      for (int i = 0; i < 8; i++) {
        raw.write((int) (sum >>> (56 - 8 * i)));
      }
      raw.close();
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Receives the shingles of each document a file holds. */
  interface Visitor {
    void visit(long doc, long[] shingles);
  }

  /** Reads every record of {@code file}, giving {@code visitor} those {@code wanted} accepts. */
  static void read(Path file, java.util.function.LongPredicate wanted, Visitor visitor) throws IOException {
    CRC32C crc = new CRC32C();
    try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
         DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + ": not a saring shingle file (bad header)");
      }
      while (true) {
        long doc = in.readLong();
        if (doc == END) {
          break;
        }
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
          throw new IOException(file + ": damaged shingle file (count " + n + ")");
        }
        boolean keep = wanted.test(doc);
        long[] shingles = keep ? new long[n] : null;
        for (int i = 0; i < n; i++) {
          long v = in.readLong();
          if (keep) {
            shingles[i] = v;
          }
        }
        if (keep) {
          visitor.visit(doc, shingles);
        }
      }
      long expected = crc.getValue();
      long stored = 0;
      for (int i = 0; i < 8; i++) {
        int b = raw.read();
        if (b < 0) {
          throw new IOException(file + ": truncated shingle file (no checksum)");
        }
        stored = (stored << 8) | b;
      }
      if (stored != expected) {
        throw new IOException(file + ": checksum mismatch in shingle file");
      }
    } catch (EOFException e) {
      throw new IOException(file + ": truncated shingle file", e);
    }
  }
}
