package dev.saring.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * Sorted runs of 64-bit keys on disk: a header (magic, version, count), the keys, and a CRC32C of them.
 * A truncated, foreign or mixed file is an {@link IOException} naming it, never a wrong count. Files are
 * written to a temporary name and renamed, so a killed run leaves no half file under the real name.
 */
public final class LongRunFiles {
  private static final int MAGIC = 0x53524C52; // "SRLR"
  private static final int VERSION = 1;

  private LongRunFiles() {}

  public static void write(Path file, long[] sorted, int count) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    CRC32C crc = new CRC32C();
    byte[] eight = new byte[8];
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(count);
      for (int i = 0; i < count; i++) {
        out.writeLong(sorted[i]);
        long v = sorted[i];
        for (int b = 0; b < 8; b++) {
          eight[b] = (byte) (v >>> (56 - 8 * b));
        }
        crc.update(eight);
      }
      out.writeLong(crc.getValue());
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a run one key at a time, checking the checksum when the last key has been read. */
  public static final class Reader implements AutoCloseable {
    private final Path file;
    private final DataInputStream in;
    private final long count;
    private final CRC32C crc = new CRC32C();
    private final byte[] eight = new byte[8];
    private long read;

    public Reader(Path file) throws IOException {
      this.file = file;
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      try {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
          throw new IOException(file + ": not a saring key run (bad header)");
        }
        count = in.readLong();
        long expected = 16L + 8L * count + 8L;
        if (count < 0 || Files.size(file) != expected) {
          throw new IOException(file + ": truncated or damaged key run (" + Files.size(file) + " bytes, header says "
              + expected + ")");
        }
      } catch (EOFException e) {
        in.close();
        throw new IOException(file + ": truncated key run", e);
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }

    public boolean hasNext() {
      return read < count;
    }

    public long next() throws IOException {
      long v = in.readLong();
      for (int b = 0; b < 8; b++) {
        eight[b] = (byte) (v >>> (56 - 8 * b));
      }
      crc.update(eight);
      if (++read == count && in.readLong() != crc.getValue()) {
        throw new IOException(file + ": checksum mismatch in key run");
      }
      return v;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
