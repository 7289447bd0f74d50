package dev.saring.lang.ngram;

/**
 * The 64-bit key of a character n-gram: FNV-1a over its code points from the last to the first, then
 * MurmurHash3's finalizer so that both halves are well mixed (the table takes its slot from one half and
 * its fingerprint from the other). Hashing backwards lets a scorer get the keys of a letter's 1-, 2-,
 * ... n-gram contexts in one pass over the window.
 */
final class NgramHash {
  static final long OFFSET = 0xcbf29ce484222325L;
  static final long PRIME = 0x100000001b3L;

  private NgramHash() {}

  static long of(int[] codePoints, int from, int to) {
    long h = OFFSET;
    for (int i = to - 1; i >= from; i--) {
      h = step(h, codePoints[i]);
    }
    return mix(h);
  }

  static long of(CharSequence s) {
    int[] cps = s.codePoints().toArray();
    return of(cps, 0, cps.length);
  }

  static long step(long h, int codePoint) {
    return (h ^ codePoint) * PRIME;
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Never 0: 0 marks an empty slot. */
  static int fingerprint(long key) {
    int f = (int) key;
    return f == 0 ? 1 : f;
  }

  static int slot(long key, int mask) {
    return (int) (key >>> 32) & mask;
  }
}
