package dev.saring.text;

/**
 * Counts of 64-bit hashes (tokens, n-grams), for one document at a time, reused from one document to the
 * next without clearing: a slot belongs to the current document when its stamp is the current epoch.
 *
 * <p>Written by hand because the filters count a table's worth of keys per document: a general map
 * (fastutil's) allocated per document put fresh, uncached memory and a rehash on every document, and one
 * kept across documents had to be swept clean each time. Not thread-safe; one per thread.
 */
public final class LongCountTable {
  /**
   * Slot {@code s} is {@code table[2s]} (the key) and {@code table[2s + 1]} (the stamp in the high half, the
   * count in the low half): one cache line per probe instead of one per array.
   */
  private long[] table = new long[0];
  private static final long STAMP = 0xFFFFFFFF00000000L;
  private int mask = -1;
  private int shift;
  private long stamp;
  private int epoch;
  private int size;
  private int grows;
  /** Slots kept between documents; a bigger table made for one huge document is let go after it. */
  private static final int MAX_KEPT = 1 << 20;

  /** Up to this many keys the table is sized for all of them, so it never grows within a document. */
  private static final int SIZED_FOR_ALL = 4096;

  /**
   * Empties the table for a document with at most {@code maxKeys} distinct keys. Up to {@link #SIZED_FOR_ALL}
   * keys the table has room for all of them: growing costs a fresh array, a rehash and a second lookup of
   * every slot handed out, which, when the table was sized for a quarter of the tokens, tripled the cost of
   * counting a short document's tokens. Beyond that it starts at a quarter, at least {@link #SIZED_FOR_ALL}
   * (long texts repeat their words more), and grows on demand, so a huge document does not allocate for keys
   * it will not have.
   *
   * <p>Only a region sized for the document is probed, however large the table grew for an earlier one: keys
   * spread over a table sized for the largest document would miss the cache on every probe.
   */
  public void reset(int maxKeys) {
    int expectedKeys = maxKeys <= SIZED_FOR_ALL ? maxKeys : Math.max(SIZED_FOR_ALL, maxKeys / 4);
    int capacity = Integer.highestOneBit(Math.max(8, expectedKeys) * 2 - 1) * 2;
    if (2 * capacity > table.length || (table.length > 2 * MAX_KEPT && capacity <= MAX_KEPT)) {
      table = new long[2 * capacity];
      epoch = 0;
    }
    region(capacity);
    if (++epoch == Integer.MAX_VALUE) {
      java.util.Arrays.fill(table, 0);
      epoch = 1;
    }
    stamp = (long) epoch << 32;
    size = 0;
  }

  private void region(int capacity) {
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /** Adds one to {@code key}'s count and returns the new count. */
  public int increment(long key) {
    int slot = add(key);
    return countAt(slot);
  }

  /**
   * Adds one to {@code key}'s count and returns its slot, for {@link #countAt} once all keys are in: a second
   * pass then reads counts without hashing again. Slots stay valid while {@link #grows()} does not change;
   * a reset with an upper bound of the distinct keys rules growing out.
   */
  public int add(long key) {
    int slot = probe(key);
    if (occupied(slot)) {
      table[2 * slot + 1]++;
      return slot;
    }
    if (++size > (mask + 1) / 2) {
      grow();
      return add(key);
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = stamp | 1;
    return slot;
  }

  /** The count in a slot that {@link #add} returned. */
  public int countAt(int slot) {
    return (int) table[2 * slot + 1];
  }

  /** How often the table grew since it was made; slots from before a change are stale. */
  public int grows() {
    return grows;
  }

  /** The count of {@code key}; 0 when it was not added since the last reset. */
  public int count(long key) {
    int slot = probe(key);
    return occupied(slot) ? countAt(slot) : 0;
  }

  /** The slot that holds {@code key} in this document, or the free slot where it would go (linear probing). */
  private int probe(long key) {
    int slot = slot(key);
    while (occupied(slot) && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private boolean occupied(int slot) {
    return (table[2 * slot + 1] & STAMP) == stamp;
  }

  /** Fibonacci hashing: the top bits of a multiply, so keys with weak low bits still spread. */
  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void grow() {
    long[] old = table;
    int oldCapacity = mask + 1;
    long oldStamp = stamp;
    grows++;
    table = new long[4 * oldCapacity];
    region(2 * oldCapacity);
    epoch = 1;
    stamp = 1L << 32;
    size = 0;
    for (int i = 0; i < oldCapacity; i++) {
      if ((old[2 * i + 1] & STAMP) == oldStamp) {
        int slot = probe(old[2 * i]);
        table[2 * slot] = old[2 * i];
        table[2 * slot + 1] = stamp | (old[2 * i + 1] & 0xFFFFFFFFL);
        size++;
      }
    }
  }
}
