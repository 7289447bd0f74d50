package dev.saring.lang.ngram;

import dev.saring.lang.ModelFormatException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character n-gram models of many languages in one compact, read-only form, laid out for scoring every
 * language in one pass.
 *
 * <p>Unigrams and bigrams, few and used by every letter, are dense rows: for each one, every language's
 * log-probability, already backed off to the letter's unigram where the language lacks the bigram. Orders
 * 3 and up are sparse: one open-addressing table per order over every language's n-grams, each key
 * pointing at its postings ({@code language << 8 | q}, the log-probability being {@code -q * logStep}).
 * A lookup is one probe sequence of long compares, with no objects, maps or boxing.
 *
 * <p>The probabilities are conditional, {@code P(last letter | the letters before it)}, as in Lingua's
 * models, which {@code saring-lid-model} converts into this form at build time.
 */
public final class NgramModel {
  static final int MAGIC = 0x53524E47; // "SRNG"
  static final int VERSION = 1;
  static final int MAX_LANGUAGES = 255;

  private final List<String> languages;
  private final float logStep;
  private final int maxOrder;
  /** Per row, per language: own q, then (bigram rows) the unigram backoff q; 255 absent. */
  private final byte[] rowQ;
  private final int rows;
  private final Table unigramRows;
  private final Table bigramRows;
  private final Table[] sparse;
  private final Map<List<Double>, float[]> rowCache = new ConcurrentHashMap<>();

  /**
   * An open-addressing table. {@code slots[s]} holds the fingerprint (high half) and the first value
   * (low half) of slot s; its values end where slot s + 1's begin. Fingerprint and offset share a word
   * so that a lookup costs one cache miss, not two.
   */
  record Table(int mask, long[] slots, short[] shorts, int[] ints) {
    int find(long key) {
      int fp = NgramHash.fingerprint(key);
      int s = NgramHash.slot(key, mask);
      while (true) {
        int f = (int) (slots[s] >>> 32);
        if (f == fp) {
          return s;
        }
        if (f == 0) {
          return -1;
        }
        s = (s + 1) & mask;
      }
    }

    int start(int slot) {
      return (int) slots[slot];
    }

    int end(int slot) {
      return (int) slots[slot + 1];
    }
  }

  private NgramModel(List<String> languages, float logStep, int maxOrder, byte[] rowQ, int rows, Table unigramRows,
      Table bigramRows, Table[] sparse) {
    this.languages = List.copyOf(languages);
    this.logStep = logStep;
    this.maxOrder = maxOrder;
    this.rowQ = rowQ;
    this.rows = rows;
    this.unigramRows = unigramRows;
    this.bigramRows = bigramRows;
    this.sparse = sparse;
  }

  public List<String> languages() {
    return languages;
  }

  public int maxOrder() {
    return maxOrder;
  }

  float logStep() {
    return logStep;
  }

  /** The dense row of a unigram (n = 1) or bigram (n = 2), or -1. */
  int row(int n, long key) {
    Table t = n == 1 ? unigramRows : bigramRows;
    int slot = t.find(key);
    return slot < 0 ? -1 : t.ints[t.start(slot)];
  }

  /** The table of order {@code n >= 3}. */
  Table sparse(int n) {
    return sparse[n - 3];
  }

  /**
   * Rows of floats for one scoring setup: {@code lp - n * backoff} for the highest order n the language
   * has, {@code floor} where it has neither; built once per setup and shared.
   */
  float[] rows(double backoff, double floor) {
    return rowCache.computeIfAbsent(List.of(backoff, floor), k -> {
      int n = languages.size();
      float[] out = new float[rows * n];
      for (int r = 0; r < rows; r++) {
        int base = r * n * 2;
        boolean bigramRow = r >= unigramRows.ints.length;
        for (int l = 0; l < n; l++) {
          int own = rowQ[base + l] & 0xFF;
          int uni = rowQ[base + n + l] & 0xFF;
          double v;
          if (own != NgramModelWriter.ABSENT) {
            v = -own * logStep - (bigramRow ? 2 : 1) * backoff;
          } else if (bigramRow && uni != NgramModelWriter.ABSENT) {
            v = -uni * logStep - backoff;
          } else {
            v = floor;
          }
          out[r * n + l] = (float) v;
        }
      }
      return out;
    });
  }

  /** Heap the model takes, for reports. */
  public long bytes() {
    long b = rowQ.length;
    for (Table t : new Table[] {unigramRows, bigramRows}) {
      b += t.slots.length * 8L + t.ints.length * 4L;
    }
    for (Table t : sparse) {
      b += t.slots.length * 8L + t.shorts.length * 2L;
    }
    return b;
  }

  public static NgramModel read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC) {
      throw new ModelFormatException(name + ": not a saring n-gram model");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new ModelFormatException(name + ": n-gram model version " + version + ", this saring reads " + VERSION);
    }
    int nLang = in.readInt();
    if (nLang <= 0 || nLang > MAX_LANGUAGES) {
      throw new ModelFormatException(name + ": " + nLang + " languages");
    }
    String[] langs = new String[nLang];
    for (int i = 0; i < nLang; i++) {
      langs[i] = in.readUTF();
    }
    float step = in.readFloat();
    int maxOrder = in.readInt();
    if (maxOrder < 2 || maxOrder > 8 || !(step > 0)) {
      throw new ModelFormatException(name + ": max order " + maxOrder + ", step " + step);
    }
    int rows = in.readInt();
    if (rows < 0 || (long) rows * nLang * 2 > (1 << 30)) {
      throw new ModelFormatException(name + ": " + rows + " rows");
    }
    byte[] rowQ = new byte[rows * nLang * 2];
    in.readFully(rowQ);
    Table uni = readTable(in, name, 1, false, rows);
    Table bi = readTable(in, name, 2, false, rows);
    Table[] sparse = new Table[maxOrder - 2];
    for (int n = 3; n <= maxOrder; n++) {
      sparse[n - 3] = readTable(in, name, n, true, nLang);
    }
    if (in.read() != -1) {
      throw new ModelFormatException(name + ": unexpected bytes after the model");
    }
    return new NgramModel(List.of(langs), step, maxOrder, rowQ, rows, uni, bi, sparse);
  }

  private static Table readTable(DataInputStream in, String name, int order, boolean shorts, int limit)
      throws IOException {
    int capacity = in.readInt();
    int values = in.readInt();
    if (Integer.bitCount(capacity) != 1 || capacity > (1 << 28) || values < 0 || values > (1 << 30)) {
      throw new ModelFormatException(name + ": order " + order + " table of " + capacity + " slots, " + values + " values");
    }
    long[] slots = new long[capacity + 1];
    readLongs(in, slots);
    if ((int) slots[capacity] != values) {
      throw new ModelFormatException(name + ": order " + order + " values do not add up");
    }
    if (shorts) {
      short[] s = new short[values];
      readShorts(in, s);
      for (short p : s) {
        if ((p >>> 8 & 0xFF) >= limit) {
          throw new ModelFormatException(name + ": order " + order + " has a posting for language " + (p >>> 8 & 0xFF));
        }
      }
      return new Table(capacity - 1, slots, s, new int[0]);
    }
    int[] v = new int[values];
    for (int i = 0; i < values; i++) {
      v[i] = in.readInt();
      if (v[i] < 0 || v[i] >= limit) {
        throw new ModelFormatException(name + ": order " + order + " points at row " + v[i]);
      }
    }
    return new Table(capacity - 1, slots, new short[0], v);
  }

  /** Reads in chunks: one byte[] as large as a big table would double the peak heap of loading. */
  private static void readLongs(DataInputStream in, long[] out) throws IOException {
    byte[] chunk = new byte[1 << 20];
    for (int off = 0; off < out.length; ) {
      int n = Math.min(out.length - off, chunk.length / 8);
      in.readFully(chunk, 0, n * 8);
      ByteBuffer.wrap(chunk, 0, n * 8).asLongBuffer().get(out, off, n);
      off += n;
    }
  }

  private static void readShorts(DataInputStream in, short[] out) throws IOException {
    byte[] chunk = new byte[1 << 20];
    for (int off = 0; off < out.length; ) {
      int n = Math.min(out.length - off, chunk.length / 2);
      in.readFully(chunk, 0, n * 2);
      ByteBuffer.wrap(chunk, 0, n * 2).asShortBuffer().get(out, off, n);
      off += n;
    }
  }
}
