package dev.saring.filter;

import dev.saring.text.LongCountTable;
import dev.saring.text.TextAnalysis;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

/**
 * Gopher's n-gram repetition measures over a document's tokens, without building n-gram strings.
 *
 * <p>An n-gram is identified by a 64-bit polynomial hash of its token hashes and its character length
 * comes from prefix sums of token lengths. The answers are exactly those of the reference
 * ({@code find_top_duplicate}, {@code find_all_duplicate}); three facts make them cheap:
 * <ul>
 *   <li>an n-gram holding a token that occurs once in the document occurs once, so only positions whose
 *       tokens all occur twice or more ("candidates") ever enter a hash table;
 *   <li>the top n-gram's characters are at most, over positions, the smallest count of its tokens times its
 *       length, so when that bound is under the threshold the n-gram pass is skipped altogether
 *       ({@link #topNGramCharsBound});
 *   <li>when no n-gram repeats, the top one is the first (the reference's tie rule: among equally frequent
 *       n-grams, the one seen first), found without a table.
 * </ul>
 * One instance per thread. The counting tables are reused from document to document without a sweep
 * ({@link LongCountTable}).
 */
final class NGramCounter {
  private static final long P = 0x9E3779B97F4A7C15L;
  private TextAnalysis a;
  private int count;
  private long[] prefixLength = new long[1024];
  private int[] tokenCount;
  /** Per position, the first token at or after it that occurs once in the document ({@code count} if none). */
  private int[] nextSingle = new int[1024];
  private long[] fiveGramHash = new long[1024];
  private int[] fiveGramSlot = new int[1024];
  private boolean[] repeatedFive = new boolean[1024];
  private boolean fiveGramsCounted;
  private int candidates5;
  private final LongCountTable fiveGrams = new LongCountTable();
  /** The top n-gram bounds for n up to {@link #SHORT_N}, from one scan; null until asked for. */
  private double[] shortBounds;
  private static final int SHORT_N = 4;
  /** The two duplicate n-gram bounds of the document; -1 until computed. */
  private double candidateCoverage;
  private double repeatedCoverage;
  private final LongCountTable seen = new LongCountTable();

  void reset(TextAnalysis analysis) {
    this.a = analysis;
    this.count = analysis.tokenCount();
    if (prefixLength.length < count + 1) {
      int n = Math.max(count + 1, prefixLength.length * 2);
      prefixLength = new long[n];
      fiveGramHash = new long[n];
      fiveGramSlot = new int[n];
      repeatedFive = new boolean[n];
      nextSingle = new int[n];
    }
    for (int i = 0; i < count; i++) {
      prefixLength[i + 1] = prefixLength[i] + a.length(i);
    }
    tokenCount = analysis.frequencies();
    nextSingle[count] = count;
    for (int i = count - 1; i >= 0; i--) {
      nextSingle[i] = tokenCount[i] < 2 ? i : nextSingle[i + 1];
    }
    fiveGramsCounted = false;
    shortBounds = null;
    candidateCoverage = -1;
    repeatedCoverage = -1;
  }

  /**
   * An upper bound of {@link #topNGramChars(int)}, from token counts alone: over positions, the smallest
   * count among the n-gram's tokens times its length. The bounds for n = 1..4 (Gopher's top n-grams are 2, 3
   * and 4) come from one scan, kept for the document.
   */
  double topNGramCharsBound(int n) {
    if (n > SHORT_N) {
      return boundOneScan(n);
    }
    if (shortBounds == null) {
      shortBounds = new double[SHORT_N + 1];
      for (int i = 0; i < count; i++) {
        int min = Integer.MAX_VALUE;
        for (int k = 1; k <= SHORT_N && i + k <= count; k++) {
          min = Math.min(min, tokenCount[i + k - 1]);
          double bound = (double) min * (prefixLength[i + k] - prefixLength[i] + k - 1);
          shortBounds[k] = Math.max(shortBounds[k], bound);
        }
      }
    }
    return shortBounds[n];
  }

  private double boundOneScan(int n) {
    double bound = 0;
    for (int i = 0; i + n <= count; i++) {
      int min = Integer.MAX_VALUE;
      for (int k = 0; k < n; k++) {
        min = Math.min(min, tokenCount[i + k]);
      }
      bound = Math.max(bound, (double) min * (prefixLength[i + n] - prefixLength[i] + n - 1));
    }
    return bound;
  }

  /** Characters of the most frequent n-gram (joined with spaces) times its count; 0 without n-grams. */
  double topNGramChars(int n) {
    int grams = count - n + 1;
    if (grams <= 0) {
      return 0;
    }
    Long2LongOpenHashMap counts = new Long2LongOpenHashMap(Math.max(16, count / 4));
    long power = power(n);
    long bestCount = 1;
    int bestFirst = 0;
    long h = 0;
    int hashedAt = -1;
    for (int i = 0; i < grams; i++) {
      if (!candidate(i, n)) {
        continue;
      }
      h = hashedAt < 0 ? hashAt(i, n) : advance(h, hashedAt, i, n, power);
      hashedAt = i;
      long packed = counts.get(h);
      int first = packed == 0 ? i : (int) packed;
      long c = (packed >>> 32) + 1;
      counts.put(h, (c << 32) | first);
      if (c > bestCount || (c == bestCount && c > 1 && first < bestFirst)) {
        bestCount = c;
        bestFirst = first;
      }
    }
    long chars = prefixLength[bestFirst + n] - prefixLength[bestFirst] + (n - 1);
    return (double) chars * bestCount;
  }

  /**
   * Characters of n-grams (joined without spaces) that repeat an earlier one, scanning left to right and
   * jumping n tokens past each repeat, as Gopher's {@code find_all_duplicate}.
   */
  double duplicateNGramChars(int n) {
    if (count - n + 1 <= 0) {
      return 0;
    }
    boolean byFiveGrams = n >= 5 && countFiveGrams();
    if (byFiveGrams && candidates5 == 0) {
      return 0;
    }
    LongCountTable seen = this.seen;
    seen.reset(byFiveGrams ? candidates5 : count - n + 1);
    long power = power(n);
    long repeated = 0;
    int idx = 0;
    long h = 0;
    int hashedAt = -1;
    while (idx < count - n + 1) {
      boolean possible = byFiveGrams ? repeatedFive[idx] : candidate(idx, n);
      if (!possible) {
        idx++;
        continue;
      }
      h = hashedAt < 0 ? hashAt(idx, n) : advance(h, hashedAt, idx, n, power);
      hashedAt = idx;
      if (seen.increment(h) > 1) {
        repeated += prefixLength[idx + n] - prefixLength[idx];
        idx += n;
      } else {
        idx++;
      }
    }
    return repeated;
  }

  /**
   * An upper bound of {@link #duplicateNGramChars(int)} for every n from 5 to {@code maxN}, tight enough to
   * decide against {@code limit} when it can: the characters of the tokens covered by an n-gram that starts
   * where a 5-gram could repeat. Every counted repeat starts at such a position and counted repeats do not
   * overlap, so no token is counted twice. First from token counts alone (all five tokens occur twice: no
   * table needed, and it settles about half of real documents), then, when that is over the limit, from the
   * 5-grams that do repeat (settles most of the rest). Both are kept for the document.
   */
  double duplicateNGramCharsBound(int maxN, double limit) {
    if (maxN < 5) {
      return Double.MAX_VALUE;
    }
    if (candidateCoverage < 0) {
      candidateCoverage = coverage(maxN, false);
    }
    if (candidateCoverage <= limit) {
      return candidateCoverage;
    }
    if (repeatedCoverage < 0) {
      repeatedCoverage = countFiveGrams() && candidates5 > 0 ? coverage(maxN, true) : 0;
    }
    return repeatedCoverage;
  }

  private long coverage(int maxN, boolean repeatedOnly) {
    long covered = 0;
    int coveredTo = 0;
    for (int i = 0; i + 5 <= count; i++) {
      if (repeatedOnly ? repeatedFive[i] : candidate(i, 5)) {
        int from = Math.max(i, coveredTo);
        int to = Math.min(count, i + maxN);
        covered += prefixLength[to] - prefixLength[from];
        coveredTo = to;
      }
    }
    return covered;
  }

  /** Counts the candidate 5-grams once per document; false when there are none. */
  private boolean countFiveGrams() {
    int grams = count - 4;
    if (grams <= 0) {
      return false;
    }
    if (!fiveGramsCounted) {
      fiveGrams.reset(grams);
      int grows = fiveGrams.grows();
      long power = power(5);
      long h = 0;
      int hashedAt = -1;
      for (int i = 0; i < grams; i++) {
        repeatedFive[i] = candidate(i, 5);
        if (!repeatedFive[i]) {
          continue;
        }
        h = hashedAt < 0 ? hashAt(i, 5) : advance(h, hashedAt, i, 5, power);
        hashedAt = i;
        fiveGramHash[i] = h;
        fiveGramSlot[i] = fiveGrams.add(h);
      }
      candidates5 = 0;
      for (int i = 0; i < grams; i++) {
        repeatedFive[i] = repeatedFive[i] && (fiveGrams.grows() == grows ? fiveGrams.countAt(fiveGramSlot[i])
            : fiveGrams.count(fiveGramHash[i])) >= 2;
        candidates5 += repeatedFive[i] ? 1 : 0;
      }
      fiveGramsCounted = true;
    }
    return true;
  }

  /** True when every token of the n-gram at {@code i} occurs at least twice. */
  private boolean candidate(int i, int n) {
    return nextSingle[i] >= i + n;
  }

  private long hashAt(int i, int n) {
    long h = 0;
    for (int k = 0; k < n; k++) {
      h = h * P + a.hash(i + k);
    }
    return h;
  }

  /** The hash at {@code to} from the one at {@code from}: rolling when close, recomputed when far. */
  private long advance(long h, int from, int to, int n, long power) {
    if (to - from > n) {
      return hashAt(to, n);
    }
    for (int i = from; i < to; i++) {
      h = (h - a.hash(i) * power) * P + a.hash(i + n);
    }
    return h;
  }

  private static long power(int n) {
    long p = 1;
    for (int k = 1; k < n; k++) {
      p *= P;
    }
    return p;
  }
}
