package dev.saring.lang.ngram;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an {@link NgramModel} file from (language, n-gram, probability) triples: used by the converter
 * that turns Lingua's models into saring's form, and by tests that build small models of their own.
 */
public final class NgramModelWriter {
  /** Quantization step of the log-probabilities: 254 steps cover down to about e^-20; 255 means absent. */
  public static final float LOG_STEP = 20f / 254f;
  static final int ABSENT = 255;

  private final List<String> languages;
  private final int maxOrder;
  /** Orders 1 and 2 by string: their rows need the unigram of a bigram's last letter. */
  private final List<Object2ObjectOpenHashMap<String, byte[]>> dense = new ArrayList<>();
  /** Orders 3 and up by key: postings {@code language << 8 | q}. */
  private final List<Long2ObjectOpenHashMap<long[]>> sparse = new ArrayList<>();

  public NgramModelWriter(List<String> languages, int maxOrder) {
    if (languages.isEmpty() || languages.size() > 255) {
      throw new IllegalArgumentException("1 to 255 languages");
    }
    if (maxOrder < 2 || maxOrder > 8) {
      throw new IllegalArgumentException("max order 2 to 8");
    }
    this.languages = List.copyOf(languages);
    this.maxOrder = maxOrder;
    for (int i = 0; i < 2; i++) {
      dense.add(new Object2ObjectOpenHashMap<>());
    }
    for (int i = 2; i < maxOrder; i++) {
      sparse.add(new Long2ObjectOpenHashMap<>());
    }
  }

  /** Adds {@code P(last letter | the letters before it) = probability} for {@code ngram} in language {@code lang}. */
  public void add(int lang, String ngram, double probability) {
    int[] cps = ngram.codePoints().toArray();
    int n = cps.length;
    if (n < 1 || n > maxOrder) {
      throw new IllegalArgumentException("n-gram of length " + n + ": " + ngram);
    }
    if (lang < 0 || lang >= languages.size()) {
      throw new IllegalArgumentException("language " + lang);
    }
    if (!(probability > 0) || probability > 1) {
      throw new IllegalArgumentException("probability " + probability + " of " + ngram);
    }
    int q = (int) Math.min(ABSENT - 1, Math.round(-Math.log(probability) / LOG_STEP));
    if (n <= 2) {
      byte[] row = dense.get(n - 1).computeIfAbsent(ngram, k -> filledAbsent(languages.size()));
      row[lang] = (byte) q;
      return;
    }
    Long2ObjectOpenHashMap<long[]> map = sparse.get(n - 3);
    long key = NgramHash.of(cps, 0, n);
    long[] old = map.get(key);
    long[] now = old == null ? new long[1] : Arrays.copyOf(old, old.length + 1);
    now[now.length - 1] = (long) lang << 8 | q;
    map.put(key, now);
  }

  private static byte[] filledAbsent(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) ABSENT);
    return b;
  }

  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(NgramModel.MAGIC);
    out.writeInt(NgramModel.VERSION);
    out.writeInt(languages.size());
    for (String l : languages) {
      out.writeUTF(l);
    }
    out.writeFloat(LOG_STEP);
    out.writeInt(maxOrder);
    // Rows: every unigram, then every bigram; a row holds each language's own q and its unigram backoff q.
    int nLang = languages.size();
    List<String> unigrams = new ArrayList<>(dense.get(0).keySet());
    List<String> bigrams = new ArrayList<>(dense.get(1).keySet());
    unigrams.sort(null);
    bigrams.sort(null);
    out.writeInt(unigrams.size() + bigrams.size());
    for (String u : unigrams) {
      byte[] q = dense.get(0).get(u);
      out.write(q);
      out.write(filledAbsent(nLang));
    }
    for (String b : bigrams) {
      out.write(dense.get(1).get(b));
      int lastStart = b.offsetByCodePoints(0, 1);
      byte[] uni = dense.get(0).get(b.substring(lastStart));
      out.write(uni == null ? filledAbsent(nLang) : uni);
    }
    Long2ObjectOpenHashMap<long[]> rowIndex1 = new Long2ObjectOpenHashMap<>();
    for (int i = 0; i < unigrams.size(); i++) {
      rowIndex1.put(NgramHash.of(unigrams.get(i)), new long[] {i});
    }
    Long2ObjectOpenHashMap<long[]> rowIndex2 = new Long2ObjectOpenHashMap<>();
    for (int i = 0; i < bigrams.size(); i++) {
      rowIndex2.put(NgramHash.of(bigrams.get(i)), new long[] {unigrams.size() + i});
    }
    writeTable(out, rowIndex1, false);
    writeTable(out, rowIndex2, false);
    for (Long2ObjectOpenHashMap<long[]> map : sparse) {
      writeTable(out, map, true);
    }
    out.flush();
  }

  /**
   * A table at most 70% full, keys placed by linear probing. Each slot is {@code fingerprint << 32 | offset},
   * the slot's values being {@code offset..next slot's offset} in the value array written after it, as
   * shorts (postings) or ints (row numbers).
   */
  private static void writeTable(DataOutputStream out, Long2ObjectOpenHashMap<long[]> map, boolean shorts)
      throws IOException {
    int need = (int) Math.ceil(map.size() / 0.7) + 1;
    int capacity = Math.max(4, Integer.highestOneBit(need - 1) << 1);
    int mask = capacity - 1;
    int[] fps = new int[capacity];
    long[][] values = new long[capacity][];
    for (var e : map.long2ObjectEntrySet()) {
      long key = e.getLongKey();
      int s = NgramHash.slot(key, mask);
      while (fps[s] != 0) {
        s = (s + 1) & mask;
      }
      fps[s] = NgramHash.fingerprint(key);
      values[s] = e.getValue();
    }
    int total = 0;
    for (long[] v : values) {
      total += v == null ? 0 : v.length;
    }
    out.writeInt(capacity);
    out.writeInt(total);
    int pos = 0;
    for (int i = 0; i < capacity; i++) {
      out.writeLong((long) fps[i] << 32 | pos);
      pos += values[i] == null ? 0 : values[i].length;
    }
    out.writeLong(pos);
    for (long[] v : values) {
      if (v != null) {
        for (long x : v) {
          if (shorts) {
            out.writeShort((int) x);
          } else {
            out.writeInt((int) x);
          }
        }
      }
    }
  }
}
