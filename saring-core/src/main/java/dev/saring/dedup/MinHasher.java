package dev.saring.dedup;

import com.ibm.icu.text.Normalizer2;
import dev.saring.text.TextAnalysis;
import dev.saring.text.WordSegmenter;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word n-gram shingles, as in datatrove's and FineWeb's fuzzy dedup: text normalized
 * (lowercase, diacritics removed, digits to 0, punctuation to space), words from the language's segmenter,
 * shingles of {@code n} words, {@code bands * rows} 64-bit minimums, and one bucket key per band.
 *
 * <p>The permutations are {@code a*x + b} over 64-bit integers with odd {@code a} (a bijection), ordered as
 * signed integers, in the spirit of datatrove's {@code (a*x + b) mod p}: shingle hashes are already well mixed,
 * and one multiply per hash instead of a full mixer makes the 112 minimums about five times cheaper.
 */
public final class MinHasher {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] multipliers;
  private final long[] addends;

  public MinHasher(int shingleWords, int bands, int rows, long seed) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    SplittableRandom r = new SplittableRandom(seed);
    this.multipliers = new long[bands * rows];
    this.addends = new long[bands * rows];
    for (int i = 0; i < multipliers.length; i++) {
      multipliers[i] = r.nextLong() | 1;
      addends[i] = r.nextLong();
    }
  }

  /** The band keys of a text, or an empty array when it has no word. */
  public long[] bucketKeys(String text, String language) {
    long[] sig = signature(shingleHashes(text, language));
    return sig == null ? new long[0] : bandKeys(sig);
  }

  /** The signature of a shingle set, or null when it is empty. */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    long[] sig = new long[multipliers.length];
    if (VECTORS) {
      VectorMinimums.fill(shingles, multipliers, addends, sig);
    } else {
      scalarMinimums(shingles, multipliers, addends, sig, 0);
    }
    return sig;
  }

  /**
   * The minimums of {@code a[i]*s + b[i]} over the shingles, for permutations {@code from} onwards. Hash-major
   * order keeps each minimum in a register; four permutations per pass give the CPU independent chains.
   */
  static void scalarMinimums(long[] shingles, long[] a, long[] b, long[] sig, int from) {
    int k = sig.length;
    int i = from;
    for (; i + 3 < k; i += 4) {
      long a0 = a[i];
      long a1 = a[i + 1];
      long a2 = a[i + 2];
      long a3 = a[i + 3];
      long b0 = b[i];
      long b1 = b[i + 1];
      long b2 = b[i + 2];
      long b3 = b[i + 3];
      long m0 = Long.MAX_VALUE;
      long m1 = Long.MAX_VALUE;
      long m2 = Long.MAX_VALUE;
      long m3 = Long.MAX_VALUE;
      for (long s : shingles) {
        m0 = Math.min(m0, s * a0 + b0);
        m1 = Math.min(m1, s * a1 + b1);
        m2 = Math.min(m2, s * a2 + b2);
        m3 = Math.min(m3, s * a3 + b3);
      }
      sig[i] = m0;
      sig[i + 1] = m1;
      sig[i + 2] = m2;
      sig[i + 3] = m3;
    }
    for (; i < k; i++) {
      long m = Long.MAX_VALUE;
      for (long s : shingles) {
        m = Math.min(m, s * a[i] + b[i]);
      }
      sig[i] = m;
    }
  }

  /**
   * Whether the minimums run on the incubating Vector API: only when the JVM was started with
   * {@code --add-modules jdk.incubator.vector} (the launcher does) and its vectors hold four 64-bit lanes or
   * more. Both paths give the same signatures; the check keeps {@link VectorMinimums} unloaded without it.
   */
  static final boolean VECTORS = vectorsUsable();

  private static boolean vectorsUsable() {
    if (Boolean.getBoolean("saring.noVectors")
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    try {
      return VectorMinimums.usable();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** One key per band: documents with an equal band are candidate duplicates. */
  public long[] bandKeys(long[] sig) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < rows; r++) {
        h = permute(h ^ sig[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The distinct shingle hashes of the text, sorted: the set that Jaccard similarity compares. */
  public long[] shingles(String text, String language) {
    long[] out = shingleHashes(text, language);
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return distinct == out.length ? out : Arrays.copyOf(out, distinct);
  }

  /**
   * The shingle hashes in text order, repeats included: enough for the minimums, which need no set, and it
   * saves the sort (a third of the cost of a signature).
   */
  public long[] shingleHashes(String text, String language) {
    long[] words = WordSegmenter.forLanguage(language, text).splitsOnSpaces()
        ? spacedWords(text)
        : segmentedWords(normalize(text), language);
    int n = words.length;
    if (n == 0) {
      return words;
    }
    int count = Math.max(1, n - shingleWords + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = words[i];
      for (int j = i + 1; j < Math.min(n, i + shingleWords); j++) {
        h = h * 0x9E3779B97F4A7C15L + words[j];
      }
      out[i] = permute(h);
    }
    return out;
  }

  /**
   * Word hashes of a text in a spaced script, normalized on the fly: after normalization a word is a run of
   * characters that are not separators, so no normalized copy of the text is built. The text is read in
   * chunks of a char array ({@code String.charAt} cost a third of this loop on UTF-16 strings), and the ASCII
   * path has no branch on the text: a branch per word end mispredicts about once a word, which made it twice
   * as slow.
   */
  static long[] spacedWords(String text) {
    int len = text.length();
    WordHashes words = new WordHashes(len / 6);
    char[] chunk = new char[Math.min(len, CHUNK)];
    long hash = 0;
    // -1 inside a word, 0 outside; between words hash is 0, so a word's first letter n gives hash*31+n = n.
    int inWord = 0;
    for (int base = 0; base < len; ) {
      int end = Math.min(len, base + CHUNK);
      text.getChars(base, end, chunk, 0);
      int i = base;
      while (i < end) {
        // A word ends at a separator after a letter, so the words of the rest of the chunk fit in this room.
        long[] out = words.room((end - i + 1) / 2 + 1);
        int count = words.count;
        char c;
        while (i < end && (c = chunk[i - base]) < 0x80) {
          int n = ASCII[c];
          int separator = n >> 31;
          // Always store; the count moves on only where a word ends.
          out[count] = hash;
          count += inWord & separator & 1;
          hash = (hash * 31 + n) & ~(long) separator;
          inWord = ~separator;
          i++;
        }
        words.count = count;
        if (i == end) {
          break;
        }
        words.inWord = inWord != 0;
        words.hash = hash;
        // Read from the string: a surrogate pair may straddle the chunk's end.
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        String decomposed = NFD.getDecomposition(cp);
        if (decomposed == null) {
          words.accept(normalized(cp));
        } else {
          for (int j = 0; j < decomposed.length(); ) {
            int d = decomposed.codePointAt(j);
            j += Character.charCount(d);
            words.accept(normalized(d));
          }
        }
        inWord = words.inWord ? -1 : 0;
        hash = words.inWord ? words.hash : 0;
      }
      base = i;
    }
    if (inWord != 0) {
      words.room(1)[words.count++] = hash;
    }
    long[] hashes = Arrays.copyOf(words.hashes, words.count);
    for (int w = 0; w < hashes.length; w++) {
      hashes[w] = TextAnalysis.mix(hashes[w]);
    }
    return hashes;
  }

  private static final int CHUNK = 8192;

  /** Collects one hash per word (unmixed) from a stream of normalized code points. */
  private static final class WordHashes {
    long[] hashes;
    int count;
    long hash;
    boolean inWord;

    WordHashes(int capacity) {
      hashes = new long[Math.max(16, capacity)];
    }

    /** The array, with room for {@code n} more hashes after {@code count}. */
    long[] room(int n) {
      if (count + n > hashes.length) {
        hashes = Arrays.copyOf(hashes, Math.max(hashes.length * 2, count + n));
      }
      return hashes;
    }

    void accept(int normalized) {
      if (normalized == SEPARATOR) {
        if (inWord) {
          room(1)[count++] = hash;
          inWord = false;
        }
      } else if (normalized != DROPPED) {
        hash = inWord ? hash * 31 + normalized : normalized;
        inWord = true;
      }
    }
  }

  private static long[] segmentedWords(String normalized, String language) {
    TextAnalysis a = TextAnalysis.of(normalized, language);
    long[] words = new long[a.tokenCount()];
    int n = 0;
    for (int t = 0; t < a.tokenCount(); t++) {
      if (!a.isSymbol(t)) {
        words[n++] = a.hash(t);
      }
    }
    return Arrays.copyOf(words, n);
  }

  /**
   * Lowercase, digits to 0, every other non-letter to a space, combining diacritics (U+0300..U+036F after
   * canonical decomposition) removed. Characters are decomposed one at a time, which is NFD but for the
   * reordering of stacked marks, irrelevant to matching.
   */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String decomposed = NFD.getDecomposition(cp);
      if (decomposed == null) {
        append(b, normalized(cp));
      } else {
        decomposed.codePoints().forEach(d -> append(b, normalized(d)));
      }
    }
    return b.toString();
  }

  private static void append(StringBuilder b, int normalized) {
    if (normalized == SEPARATOR) {
      b.append(' ');
    } else if (normalized != DROPPED) {
      b.appendCodePoint(normalized);
    }
  }

  private static final int SEPARATOR = -1;
  private static final int DROPPED = -2;
  private static final int[] ASCII = new int[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = normalized(c);
    }
  }

  /** A code point after normalization: its lowercase form, '0' for a digit, or SEPARATOR or DROPPED. */
  private static int normalized(int cp) {
    if (cp >= 0x0300 && cp <= 0x036F) {
      return DROPPED;
    }
    if (Character.isDigit(cp)) {
      return '0';
    }
    int type = Character.getType(cp);
    if (Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
      return Character.toLowerCase(cp);
    }
    return SEPARATOR;
  }

  /** Exact Jaccard similarity of two sorted, distinct shingle sets. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 1.0 : (double) both / union;
  }

  private static long permute(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
