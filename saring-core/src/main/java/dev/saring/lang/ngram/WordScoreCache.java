package dev.saring.lang.ngram;

import java.util.Arrays;

/**
 * Every language's score of whole words, kept across texts by one identifier.
 *
 * <p>A letter's score depends only on the letters before it in its word, so a word's summed score is the
 * same wherever it occurs. Prose repeats its words (Zipf), so most occurrences become one vector addition
 * instead of a walk over n-gram tables that miss every cache.
 *
 * <p>Words are keyed by their lowercased code points and compared in full on a hash match, so a hash
 * collision cannot lend one word another's score. The cache holds at most {@link #MAX_ENTRIES} words and
 * is emptied, never partly evicted, when full: the caller then scores its text again from an empty cache.
 */
final class WordScoreCache {
  /**
   * More than the words of any text the identifier reads (at most half its code points), so an empty cache
   * always has room. Full, the vectors take 32,768 x 75 languages x 8 bytes = 19.7 MB. On the filter
   * bench's 75-language corpus the chain ran at 4.2-4.9 MB/s with 16,384 entries and 5.3 with 65,536
   * (single runs on a noisy VM); the cache is emptied about once per 16,000 new words there.
   */
  static final int MAX_ENTRIES = 32_768;
  /** Longer letter runs (URLs, hashes, agglutinated junk) are scored each time, never kept. */
  static final int MAX_CACHED_LETTERS = 40;

  private final int nLang;
  private final int[] table = new int[MAX_ENTRIES * 2];
  private double[] vectors;
  private long[] hashes;
  private int[] keyStart;
  private int[] keyLength;
  private int[] keys;
  private int size;
  private int keysUsed;

  WordScoreCache(int nLang) {
    this.nLang = nLang;
    int initial = 1024;
    this.vectors = new double[initial * nLang];
    this.hashes = new long[initial];
    this.keyStart = new int[initial];
    this.keyLength = new int[initial];
    this.keys = new int[initial * 8];
  }

  /** The entry of the word {@code word[0, length)} with this hash, or -1. */
  int find(long hash, int[] word, int length) {
    int mask = table.length - 1;
    for (int s = (int) hash & mask; ; s = (s + 1) & mask) {
      int entry = table[s] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash && keyLength[entry] == length
          && Arrays.equals(keys, keyStart[entry], keyStart[entry] + length, word, 0, length)) {
        return entry;
      }
    }
  }

  /**
   * A new entry with a zero vector, findable later when {@code keep}; -1 when the cache is full. An entry
   * not kept still takes room until the next {@link #clear}, so that its vector lives as long as the text.
   */
  int add(long hash, int[] word, int length, boolean keep) {
    if (size == MAX_ENTRIES) {
      return -1;
    }
    int entry = size++;
    if (entry == hashes.length) {
      int n = Math.min(MAX_ENTRIES, entry * 2);
      vectors = Arrays.copyOf(vectors, n * nLang);
      hashes = Arrays.copyOf(hashes, n);
      keyStart = Arrays.copyOf(keyStart, n);
      keyLength = Arrays.copyOf(keyLength, n);
    }
    Arrays.fill(vectors, entry * nLang, (entry + 1) * nLang, 0);
    if (!keep) {
      keyLength[entry] = -1;
      return entry;
    }
    if (keysUsed + length > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + length));
    }
    System.arraycopy(word, 0, keys, keysUsed, length);
    hashes[entry] = hash;
    keyStart[entry] = keysUsed;
    keyLength[entry] = length;
    keysUsed += length;
    int mask = table.length - 1;
    int s = (int) hash & mask;
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = entry + 1;
    return entry;
  }

  void clear() {
    Arrays.fill(table, 0);
    size = 0;
    keysUsed = 0;
  }

  int size() {
    return size;
  }

  /** Every entry's vector, entry e at {@code e * languages}; re-read after {@link #add}, which may grow it. */
  double[] vectors() {
    return vectors;
  }
}
