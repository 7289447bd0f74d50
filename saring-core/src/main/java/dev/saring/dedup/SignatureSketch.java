package dev.saring.dedup;

import dev.saring.text.TextAnalysis;

/**
 * Four bits of each MinHash minimum, sixteen to a long: enough to estimate the Jaccard similarity of two
 * documents from their sketches alone (b-bit minwise hashing, Li and König 2010). Two equal minimums give
 * equal bits; two different ones agree by chance with probability 1/16, which the estimate takes out.
 * A census record carries its document's sketch, so a band's bucket can check its candidate pairs while it is
 * merged, with no join and no shingles on disk.
 */
public final class SignatureSketch {
  private static final long LOW_BITS_OF_NIBBLES = 0x1111111111111111L;

  private SignatureSketch() {}

  /** The sketch of a signature. */
  public static long[] of(long[] signature) {
    long[] sketch = new long[(signature.length + 15) / 16];
    for (int i = 0; i < signature.length; i++) {
      // Bits of a mix of the minimum: the low bits of a*x+b follow the low bits of x alone, and two rows with
      // the same pair of argmins would agree or disagree together.
      long nibble = TextAnalysis.mix(signature[i]) & 0xF;
      sketch[i >>> 4] |= nibble << ((i & 15) * 4);
    }
    return sketch;
  }

  /**
   * The Jaccard similarity two sketches of {@code slots} minimums estimate, leaving out {@code sharedRows}
   * minimums known to be equal (the band that made the pair candidates). 1 when no other minimum is left.
   */
  public static double estimatedJaccard(long[] a, long[] b, int slots, int sharedRows) {
    int others = slots - sharedRows;
    if (others <= 0) {
      return 1;
    }
    int differing = 0;
    for (int i = 0; i < a.length; i++) {
      long x = a[i] ^ b[i];
      x |= x >>> 1;
      x |= x >>> 2;
      differing += Long.bitCount(x & LOW_BITS_OF_NIBBLES);
    }
    double agree = (double) (others - differing) / others;
    return Math.max(0, (agree - 1.0 / 16) / (15.0 / 16));
  }
}
