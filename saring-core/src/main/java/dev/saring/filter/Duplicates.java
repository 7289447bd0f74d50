package dev.saring.filter;

import dev.saring.text.TextAnalysis;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Repeated elements of a list, counted from their second occurrence, as Gopher's {@code find_duplicates}:
 * how many elements repeat one seen before, and their characters (code points).
 *
 * <p>Elements are compared by a 64-bit hash of their characters ({@link TextAnalysis#hash}); two different
 * lines share one with a probability of about 2^-64 per pair, far below anything a ratio threshold can see.
 */
record Duplicates(int elements, long chars) {
  /**
   * Duplicates among the spans {@code [ranges[2k], ranges[2k+1])} of {@code text}, whose chars are in
   * {@code chars} (a copy the caller reuses for several calls).
   */
  static Duplicates ofRanges(String text, char[] chars, int[] ranges) {
    LongOpenHashSet seen = new LongOpenHashSet(ranges.length);
    int elements = 0;
    long duplicateChars = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      if (!seen.add(TextAnalysis.hash(chars, ranges[k], ranges[k + 1]))) {
        elements++;
        duplicateChars += text.codePointCount(ranges[k], ranges[k + 1]);
      }
    }
    return new Duplicates(elements, duplicateChars);
  }
}
