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
  private long[] keys = new long[0];
  private int[] counts = new int[0];
  private int[] stamps = new int[0];
  private int mask = -1;
  private int shift;
  private int epoch;
  private int size;
  private int grows;
  /** Slots kept between documents; a bigger table made for one huge document is let go after it. */
  private static final int MAX_KEPT = 1 << 20;

  /**
   * Empties the table for a document with up to {@code expectedKeys} distinct keys. Only a region sized for
   * them is probed, however large the arrays grew for an earlier document: keys spread over a table sized for
   * the largest document would miss the cache on every probe.
   */
  public void reset(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(8, expectedKeys) * 2 - 1) * 2;
    if (capacity > keys.length || (keys.length > MAX_KEPT && capacity <= MAX_KEPT)) {
      allocate(capacity);
    }
    region(capacity);
    if (++epoch == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamps, 0);
      epoch = 1;
    }
    size = 0;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    counts = new int[capacity];
    stamps = new int[capacity];
    epoch = 0;
  }

  private void region(int capacity) {
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /** Adds one to {@code key}'s count and returns the new count. */
  public int increment(long key) {
    int slot = add(key);
    return counts[slot];
  }

  /**
   * Adds one to {@code key}'s count and returns its slot, for {@link #countAt} once all keys are in: a second
   * pass then reads counts without hashing again. Slots stay valid while {@link #grows()} does not change;
   * a reset with an upper bound of the distinct keys rules growing out.
   */
  public int add(long key) {
    int slot = slot(key);
    while (stamps[slot] == epoch) {
      if (keys[slot] == key) {
        counts[slot]++;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    if (++size > (mask + 1) / 2) {
      grow();
      return add(key);
    }
    stamps[slot] = epoch;
    keys[slot] = key;
    counts[slot] = 1;
    return slot;
  }

  /** The count in a slot that {@link #add} returned. */
  public int countAt(int slot) {
    return counts[slot];
  }

  /** How often the table grew since it was made; slots from before a change are stale. */
  public int grows() {
    return grows;
  }

  /** The count of {@code key}; 0 when it was not added since the last reset. */
  public int count(long key) {
    int slot = slot(key);
    while (stamps[slot] == epoch) {
      if (keys[slot] == key) {
        return counts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /** Fibonacci hashing: the top bits of a multiply, so keys with weak low bits still spread. */
  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    int[] oldStamps = stamps;
    int oldEpoch = epoch;
    int oldCapacity = mask + 1;
    grows++;
    allocate(oldCapacity * 2);
    region(oldCapacity * 2);
    epoch = 1;
    size = 0;
    for (int i = 0; i < oldCapacity; i++) {
      if (oldStamps[i] == oldEpoch) {
        int slot = slot(oldKeys[i]);
        while (stamps[slot] == epoch) {
          slot = (slot + 1) & mask;
        }
        stamps[slot] = epoch;
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
        size++;
      }
    }
  }
}
