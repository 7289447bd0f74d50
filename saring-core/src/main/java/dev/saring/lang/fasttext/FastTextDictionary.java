package dev.saring.lang.fasttext;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * fastText's vocabulary and its mapping of a line to input rows: in-vocabulary words, character n-grams of
 * every word (hashed into buckets), and word n-grams (hashed), with the pruning map of quantized models.
 *
 * <p>Everything works on UTF-8 bytes with fastText's FNV-1a variant (each byte sign-extended before the
 * xor), so the rows are exactly the ones the C++ code picks; a differing row would shift probabilities.
 */
final class FastTextDictionary {
  static final byte[] EOS = "</s>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LABEL_PREFIX = "__label__".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_WORD_BYTES = 1 << 20;
  private static final int MAX_ENTRIES = 200_000_000;

  private final FastTextArgs args;
  private final byte[][] words;
  private final long[] counts;
  private final byte[] types;
  private final int nwords;
  private final int nlabels;
  /** Open addressing on the FNV hash; -1 marks an empty slot. */
  private final int[] table;
  private final int mask;
  /** -1: not pruned; 0: every n-gram pruned; >0: bucket to row for the kept ones. */
  private final long pruneSize;
  private final Int2IntOpenHashMap prune;

  private FastTextDictionary(FastTextArgs args, byte[][] words, long[] counts, byte[] types, int nwords, int nlabels,
      long pruneSize, Int2IntOpenHashMap prune) {
    this.args = args;
    this.words = words;
    this.counts = counts;
    this.types = types;
    this.nwords = nwords;
    this.nlabels = nlabels;
    this.pruneSize = pruneSize;
    this.prune = prune;
    int cap = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
    this.table = new int[cap];
    this.mask = cap - 1;
    java.util.Arrays.fill(table, -1);
    for (int i = 0; i < words.length; i++) {
      int slot = slot(words[i], 0, words[i].length, hash(words[i], 0, words[i].length));
      if (table[slot] < 0) {
        table[slot] = i;
      }
    }
  }

  static FastTextDictionary read(ModelInput in, FastTextArgs args) throws IOException {
    int size = in.readInt();
    int nwords = in.readInt();
    int nlabels = in.readInt();
    in.readLong(); // ntokens: training statistics only
    long pruneSize = in.readLong();
    in.checkSize("dictionary size", size, MAX_ENTRIES, 10);
    if (nwords < 0 || nlabels < 0 || (long) nwords + nlabels != size) {
      throw in.corrupt("dictionary counts do not add up: " + nwords + " words + " + nlabels + " labels != " + size);
    }
    byte[][] words = new byte[size][];
    long[] counts = new long[size];
    byte[] types = new byte[size];
    for (int i = 0; i < size; i++) {
      words[i] = in.readCString(MAX_WORD_BYTES);
      counts[i] = in.readLong();
      types[i] = in.readByte();
      if (types[i] != 0 && types[i] != 1) {
        throw in.corrupt("entry " + i + " has unknown type " + types[i]);
      }
    }
    Int2IntOpenHashMap prune = new Int2IntOpenHashMap();
    if (pruneSize > 0) {
      in.checkSize("pruned index size", pruneSize, Integer.MAX_VALUE, 8);
      for (long i = 0; i < pruneSize; i++) {
        prune.put(in.readInt(), in.readInt());
      }
    } else if (pruneSize < -1) {
      throw in.corrupt("pruned index size = " + pruneSize);
    }
    return new FastTextDictionary(args, words, counts, types, nwords, nlabels, pruneSize, prune);
  }

  int nwords() {
    return nwords;
  }

  int nlabels() {
    return nlabels;
  }

  boolean isPruned() {
    return pruneSize >= 0;
  }

  String label(int i) {
    return new String(words[nwords + i], StandardCharsets.UTF_8);
  }

  long labelCount(int i) {
    return counts[nwords + i];
  }

  static int hash(byte[] s, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ s[i]) * 0x01000193;
    }
    return h;
  }

  private int slot(byte[] s, int from, int to, int h) {
    int i = h & mask;
    while (table[i] >= 0 && !equal(words[table[i]], s, from, to)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private int id(byte[] s, int from, int to, int h) {
    return table[slot(s, from, to, h)];
  }

  private static boolean equal(byte[] word, byte[] s, int from, int to) {
    return java.util.Arrays.equals(word, 0, word.length, s, from, to);
  }

  /**
   * The input rows of one line: {@code bytes[0..len)} split on fastText's whitespace, then the end-of-line
   * token, as the CLI reads a line that ends in a newline. {@code scratch} holds word hashes between calls.
   */
  void lineToRows(byte[] bytes, int len, IntArrayList rows, IntArrayList wordHashes, byte[] wordBuffer) {
    rows.clear();
    wordHashes.clear();
    int i = 0;
    while (i < len) {
      while (i < len && isSpace(bytes[i])) {
        i++;
      }
      int start = i;
      while (i < len && !isSpace(bytes[i])) {
        i++;
      }
      if (i > start) {
        addToken(bytes, start, i, rows, wordHashes, wordBuffer);
      }
    }
    addToken(EOS, 0, EOS.length, rows, wordHashes, wordBuffer);
    addWordNgrams(rows, wordHashes);
  }

  static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0x0B || b == '\f' || b == 0;
  }

  private void addToken(byte[] s, int from, int to, IntArrayList rows, IntArrayList wordHashes, byte[] buf) {
    int h = hash(s, from, to);
    int wid = id(s, from, to, h);
    boolean word = wid < 0 ? !startsWithLabel(s, from, to) : types[wid] == 0;
    if (!word) {
      return;
    }
    boolean eos = to - from == EOS.length && equal(EOS, s, from, to);
    if (wid < 0) {
      if (!eos) {
        addCharNgrams(s, from, to, rows, buf);
      }
    } else {
      rows.add(wid);
      if (args.maxn() > 0 && !eos) {
        addCharNgrams(s, from, to, rows, buf);
      }
    }
    wordHashes.add(h);
  }

  private static boolean startsWithLabel(byte[] s, int from, int to) {
    return to - from >= LABEL_PREFIX.length && equal(LABEL_PREFIX, s, from, from + LABEL_PREFIX.length);
  }

  /** Character n-grams of {@code <word>}, minn..maxn code points, hashed into buckets. */
  private void addCharNgrams(byte[] s, int from, int to, IntArrayList rows, byte[] buf) {
    int len = to - from + 2;
    byte[] w = len <= buf.length ? buf : new byte[len];
    w[0] = '<';
    System.arraycopy(s, from, w, 1, to - from);
    w[len - 1] = '>';
    int minn = args.minn();
    int maxn = args.maxn();
    for (int i = 0; i < len; i++) {
      if ((w[i] & 0xC0) == 0x80) {
        continue;
      }
      int h = 0x811C9DC5;
      int j = i;
      for (int n = 1; j < len && n <= maxn; n++) {
        h = (h ^ w[j++]) * 0x01000193;
        while (j < len && (w[j] & 0xC0) == 0x80) {
          h = (h ^ w[j++]) * 0x01000193;
        }
        if (n >= minn && !(n == 1 && (i == 0 || j == len))) {
          pushHash(rows, Integer.remainderUnsigned(h, args.bucket()));
        }
      }
    }
  }

  private void addWordNgrams(IntArrayList rows, IntArrayList hashes) {
    int n = args.wordNgrams();
    int size = hashes.size();
    for (int i = 0; i < size; i++) {
      long h = hashes.getInt(i);
      for (int j = i + 1; j < size && j < i + n; j++) {
        h = h * 116049371L + hashes.getInt(j);
        pushHash(rows, (int) Long.remainderUnsigned(h, args.bucket()));
      }
    }
  }

  private void pushHash(IntArrayList rows, int id) {
    if (pruneSize == 0 || id < 0) {
      return;
    }
    if (pruneSize > 0) {
      int mapped = prune.getOrDefault(id, -1);
      if (mapped < 0) {
        return;
      }
      id = mapped;
    }
    rows.add(nwords + id);
  }
}
