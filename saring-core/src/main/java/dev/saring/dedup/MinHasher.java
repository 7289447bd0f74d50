package dev.saring.dedup;

import dev.saring.text.TextAnalysis;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word n-gram shingles, as in datatrove's and FineWeb's fuzzy dedup: text normalized
 * (lowercase, diacritics removed, digits to 0, punctuation to space), words from the language's segmenter,
 * shingles of {@code n} words, {@code bands * rows} 64-bit minimums under seeded permutations of the 64-bit
 * space (the splitmix finalizer of {@code x ^ seed}, a bijection), and one bucket key per band.
 */
public final class MinHasher {
  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHasher(int shingleWords, int bands, int rows, long seed) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    SplittableRandom r = new SplittableRandom(seed);
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = r.nextLong();
    }
  }

  /** The signature, or null when the text has no word. */
  long[] signature(String text, String language) {
    return signature(shingles(text, language));
  }

  /** The signature of a shingle set, or null when it is empty. */
  long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = permute(s ^ seeds[i]) & Long.MAX_VALUE;
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One key per band: documents with an equal band are candidate duplicates. */
  long[] bandKeys(long[] sig) {
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

  /** The distinct shingle hashes of the text, sorted. */
  public long[] shingles(String text, String language) {
    TextAnalysis a = TextAnalysis.of(normalize(text), language);
    long[] words = new long[a.tokenCount()];
    int n = 0;
    for (int t = 0; t < a.tokenCount(); t++) {
      if (!a.isSymbol(t)) {
        words[n++] = a.hash(t);
      }
    }
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - shingleWords + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = i; j < Math.min(n, i + shingleWords); j++) {
        h = permute(h * 31 + words[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  static String normalize(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK && c >= 0x0300 && c <= 0x036F) {
        continue;
      }
      if (Character.isDigit(c)) {
        b.append('0');
      } else if (Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(' ');
      }
    }
    return b.toString();
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
