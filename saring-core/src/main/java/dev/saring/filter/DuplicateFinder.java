package dev.saring.filter;

import dev.saring.text.LongCountTable;
import dev.saring.text.ReusedChars;
import dev.saring.text.TextAnalysis;

/**
 * Finds the {@link Duplicates} among spans of a text (its lines, its paragraphs).
 *
 * <p>Only a span whose length, first and last char another span shares can repeat one, so the spans are
 * first counted by that key and only those with a shared key are hashed. Most lines and paragraphs of prose
 * have a key of their own: hashing every char of every line and paragraph had been a tenth of the filter
 * chain's time. Spans are compared by a 64-bit hash of their characters ({@link TextAnalysis#hash}); two
 * different spans share one with a probability of about 2^-64 per pair, far below anything a ratio
 * threshold can see.
 *
 * <p>Not thread-safe: its tables are reused from one text to the next, one finder per step instance.
 */
final class DuplicateFinder {
  private final LongCountTable keys = new LongCountTable();
  private final LongCountTable seen = new LongCountTable();
  private final ReusedChars chars = new ReusedChars();

  /** The duplicates among the spans {@code [ranges[2k], ranges[2k+1])} of {@code text}. */
  Duplicates find(String text, int[] ranges) {
    int n = ranges.length / 2;
    if (n < 2) {
      return Duplicates.NONE;
    }
    keys.reset(n);
    int candidates = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      int c = keys.increment(key(text, ranges[k], ranges[k + 1]));
      candidates += c == 2 ? 2 : c > 2 ? 1 : 0;
    }
    if (candidates == 0) {
      return Duplicates.NONE;
    }
    char[] c = chars.of(text);
    seen.reset(candidates);
    int elements = 0;
    long duplicateChars = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      int from = ranges[k];
      int to = ranges[k + 1];
      if (keys.count(key(text, from, to)) >= 2 && seen.increment(TextAnalysis.hash(c, from, to)) > 1) {
        elements++;
        duplicateChars += text.codePointCount(from, to);
      }
    }
    return new Duplicates(elements, duplicateChars);
  }

  /** Length, first and last char of a span: equal spans share it. */
  private static long key(String text, int from, int to) {
    return to == from ? 0 : (long) (to - from) << 32 | (long) text.charAt(from) << 16 | text.charAt(to - 1);
  }
}
