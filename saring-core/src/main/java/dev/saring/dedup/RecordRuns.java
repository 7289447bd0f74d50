package dev.saring.dedup;

import com.google.common.io.CountingInputStream;
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
 * Intermediate files of the dedup stages: a header (magic, format version, kind), the records, a trailer with
 * the record count, and a CRC32C of everything before it. The count sits at the end so that files of unknown
 * length can be streamed out. Reading checks all of it: a truncated file, a file of another kind or a damaged
 * one is an {@link IOException} that names the file, never a wrong result. Written to a temporary name and
 * renamed.
 */
final class RecordRuns {
  private static final int MAGIC = 0x53444450; // "SDDP"
  private static final int VERSION = 3;
  /** The sketch of a record that carries none. */
  static final long[] NO_SKETCH = new long[0];
  private static final int TRAILER = 16;

  private RecordRuns() {}

  /**
   * One record: a key, a document, a rank (or size), an id, and the document's signature sketch (census
   * records of a step that verifies pairs by sketch; empty otherwise).
   */
  record Entry(long key, long doc, long rank, String id, long[] sketch) {
    Entry(long key, long doc, long rank, String id) {
      this(key, doc, rank, id, NO_SKETCH);
    }
  }

  static void write(Path file, String kind, List<Entry> sorted) throws IOException {
    try (Writer w = new Writer(file, kind)) {
      for (Entry e : sorted) {
        w.add(e);
      }
    }
  }

  /** Streams records to a file; it appears under its name only when closed. */
  static final class Writer implements AutoCloseable {
    private final Path file;
    private final Path tmp;
    private final CRC32C crc = new CRC32C();
    private final OutputStream raw;
    private final DataOutputStream out;
    private long count;

    Writer(Path file, String kind) throws IOException {
      this.file = file;
      this.tmp = file.resolveSibling(file.getFileName() + ".tmp");
      this.raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
      this.out = new DataOutputStream(new CheckedOutputStream(raw, crc));
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(kind);
    }

    void add(Entry e) throws IOException {
      out.writeLong(e.key());
      out.writeLong(e.doc());
      out.writeLong(e.rank());
      byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
      int len = Math.min(id.length, 4096);
      out.writeShort(len);
      out.write(id, 0, len);
      out.writeByte(e.sketch().length);
      for (long v : e.sketch()) {
        out.writeLong(v);
      }
      count++;
    }

    @Override
    public void close() throws IOException {
      out.writeLong(count);
      out.flush();
      raw.write(longBytes(crc.getValue()));
      out.close();
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (v >>> (56 - 8 * i));
    }
    return b;
  }

  /** Reads a file's records in order; the count and checksum are checked after the last one. */
  static final class Reader implements AutoCloseable {
    private final Path file;
    private final CRC32C crc = new CRC32C();
    private final CountingInputStream counted;
    private final DataInputStream in;
    private final long bodyEnd;
    private long read;

    Reader(Path file, String kind) throws IOException {
      this.file = file;
      this.counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      this.in = new DataInputStream(new CheckedInputStream(counted, crc));
      try {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
          throw new IOException(file + ": not a saring dedup file (bad header)");
        }
        String k = in.readUTF();
        if (!k.equals(kind)) {
          throw new IOException(file + ": a '" + k + "' file where '" + kind + "' was expected (mixed folders?)");
        }
        bodyEnd = Files.size(file) - TRAILER;
        if (bodyEnd < counted.getCount()) {
          throw new EOFException();
        }
        if (!hasNext()) {
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
      return counted.getCount() < bodyEnd;
    }

    Entry next() throws IOException {
      try {
        long key = in.readLong();
        long doc = in.readLong();
        long rank = in.readLong();
        byte[] id = new byte[in.readUnsignedShort()];
        in.readFully(id);
        int n = in.readUnsignedByte();
        long[] sketch = n == 0 ? NO_SKETCH : new long[n];
        for (int i = 0; i < n; i++) {
          sketch[i] = in.readLong();
        }
        read++;
        if (counted.getCount() > bodyEnd) {
          throw new IOException(file + ": truncated or damaged dedup file (record " + read + " runs into the trailer)");
        }
        if (!hasNext()) {
          checkTrailer();
        }
        return new Entry(key, doc, rank, new String(id, StandardCharsets.UTF_8), sketch);
      } catch (EOFException e) {
        throw new IOException(file + ": truncated dedup file (record " + read + ")", e);
      }
    }

    private void checkTrailer() throws IOException {
      long count = in.readLong();
      long expected = crc.getValue();
      byte[] b = new byte[8];
      if (counted.readNBytes(b, 0, 8) != 8) {
        throw new IOException(file + ": truncated dedup file (no checksum)");
      }
      long stored = 0;
      for (int i = 0; i < 8; i++) {
        stored = (stored << 8) | (b[i] & 0xFF);
      }
      if (stored != expected) {
        throw new IOException(file + ": checksum mismatch in dedup file");
      }
      if (count != read) {
        throw new IOException(file + ": holds " + read + " records, its trailer says " + count);
      }
      if (counted.read() != -1) {
        throw new IOException(file + ": trailing bytes after the checksum");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
