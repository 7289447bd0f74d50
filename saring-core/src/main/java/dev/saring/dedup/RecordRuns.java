package dev.saring.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Intermediate files of the dedup stages: a header (magic, format version, kind, record count), the records,
 * and a CRC32C of everything before it. Reading checks all of it: a truncated file, a file of another kind
 * or a damaged one is an {@link IOException} that names the file, never a wrong result. Written to a
 * temporary name and renamed.
 */
final class RecordRuns {
  private static final int MAGIC = 0x53444450; // "SDDP"
  private static final int VERSION = 1;

  private RecordRuns() {}

  /** One census record: a bucket key, the document it came from, its keep rank and its id. */
  record Entry(long key, long doc, long rank, String id) {}

  static void write(Path file, String kind, List<Entry> sorted) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    CRC32C crc = new CRC32C();
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
         CheckedOutputStream checked = new CheckedOutputStream(raw, crc);
         DataOutputStream out = new DataOutputStream(checked)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(kind);
      out.writeLong(sorted.size());
      for (Entry e : sorted) {
        out.writeLong(e.key());
        out.writeLong(e.doc());
        out.writeLong(e.rank());
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        int len = Math.min(id.length, 4096);
        out.writeShort(len);
        out.write(id, 0, len);
      }
      out.flush();
      raw.write(longBytes(crc.getValue()));
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (v >>> (56 - 8 * i));
    }
    return b;
  }

  /** Reads a file's records in order; the checksum is checked after the last one. */
  static final class Reader implements AutoCloseable {
    private final Path file;
    private final CRC32C crc = new CRC32C();
    private final BufferedInputStream raw;
    private final DataInputStream in;
    private final long count;
    private long read;

    Reader(Path file, String kind) throws IOException {
      this.file = file;
      this.raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      this.in = new DataInputStream(new CheckedInputStream(raw, crc));
      try {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
          throw new IOException(file + ": not a saring dedup file (bad header)");
        }
        String k = in.readUTF();
        if (!k.equals(kind)) {
          throw new IOException(file + ": a '" + k + "' file where '" + kind + "' was expected (mixed folders?)");
        }
        count = in.readLong();
        if (count < 0) {
          throw new IOException(file + ": damaged header");
        }
        if (count == 0) {
          checkTrailer();
        }
      } catch (EOFException e) {
        close();
        throw new IOException(file + ": truncated dedup file", e);
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    boolean hasNext() {
      return read < count;
    }

    Entry next() throws IOException {
      try {
        long key = in.readLong();
        long doc = in.readLong();
        long rank = in.readLong();
        byte[] id = new byte[in.readUnsignedShort()];
        in.readFully(id);
        if (++read == count) {
          checkTrailer();
        }
        return new Entry(key, doc, rank, new String(id, StandardCharsets.UTF_8));
      } catch (EOFException e) {
        throw new IOException(file + ": truncated dedup file (record " + read + " of " + count + ")", e);
      }
    }

    private void checkTrailer() throws IOException {
      long expected = crc.getValue();
      byte[] b = new byte[8];
      if (raw.readNBytes(b, 0, 8) != 8) {
        throw new IOException(file + ": truncated dedup file (no checksum)");
      }
      long stored = 0;
      for (int i = 0; i < 8; i++) {
        stored = (stored << 8) | (b[i] & 0xFF);
      }
      if (stored != expected) {
        throw new IOException(file + ": checksum mismatch in dedup file");
      }
      if (raw.read() != -1) {
        throw new IOException(file + ": trailing bytes after the checksum");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
