package dev.saring.dedup;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The signature minimums on SIMD lanes: C2 on Java 17 does not vectorize a 64-bit multiply by itself, and the
 * minimums are half of a signature's cost. Loaded only when {@link MinHasher#VECTORS} says the module is there.
 */
final class VectorMinimums {
  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;

  private VectorMinimums() {}

  /**
   * Four 64-bit lanes or more: below that (128-bit NEON, SSE) the hardware has no 64-bit lane multiply
   * worth having, and the API's fallback is far slower than scalar code.
   */
  static boolean usable() {
    return SPECIES.vectorBitSize() >= 256;
  }

  /** Fills {@code sig} as {@link MinHasher#scalarMinimums} does, two vectors of permutations per pass. */
  static void fill(long[] shingles, long[] a, long[] b, long[] sig) {
    int lanes = SPECIES.length();
    int k = sig.length;
    LongVector max = LongVector.broadcast(SPECIES, Long.MAX_VALUE);
    int i = 0;
    for (; i + 2 * lanes <= k; i += 2 * lanes) {
      LongVector a0 = LongVector.fromArray(SPECIES, a, i);
      LongVector a1 = LongVector.fromArray(SPECIES, a, i + lanes);
      LongVector b0 = LongVector.fromArray(SPECIES, b, i);
      LongVector b1 = LongVector.fromArray(SPECIES, b, i + lanes);
      LongVector m0 = max;
      LongVector m1 = max;
      for (long s : shingles) {
        LongVector v = LongVector.broadcast(SPECIES, s);
        m0 = m0.min(v.mul(a0).add(b0));
        m1 = m1.min(v.mul(a1).add(b1));
      }
      m0.intoArray(sig, i);
      m1.intoArray(sig, i + lanes);
    }
    MinHasher.scalarMinimums(shingles, a, b, sig, i);
  }
}
