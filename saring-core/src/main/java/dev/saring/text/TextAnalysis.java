package dev.saring.text;

import dev.saring.document.Document;
import java.util.Arrays;

/**
 * The words of a document, counted once and shared by every filter that needs them.
 *
 * <p>Tokens come from the language's {@link WordSegmenter} and include punctuation tokens, as the
 * reference tokenizers' do: Gopher's ratios divide by all tokens, its word counts use only the
 * "non-symbol" ones. Per token it keeps its span, its length in code points (Python's {@code len}), a
 * 64-bit hash (for repetition n-grams without building strings) and two flags: made only of punctuation
 * and symbols, and holding a letter.
 *
 * <p>{@link #of(Document)} caches the analysis on the document; it is recomputed when the text changes
 * or the document's language does (segmentation depends on it).
 */
public final class TextAnalysis {
  private static final byte SYMBOL = 1;
  private static final byte LETTER = 2;

  private final String text;
  private final String language;
  private int count;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int[] lengths = new int[256];
  private long[] hashes = new long[256];
  private byte[] flags = new byte[256];
  private int words;
  private final int codePoints;
  private int[] frequencies;

  private TextAnalysis(String text, String language) {
    this.text = text;
    this.language = language;
    this.codePoints = text.codePointCount(0, text.length());
    WordSegmenter.forLanguage(language, text).segment(text, this::add);
  }

  /** The analysis of {@code doc}'s current text in its current language, computed at most once. */
  public static TextAnalysis of(Document doc) {
    String lang = doc.language();
    return doc.derived(TextAnalysis.class, a -> a.language.equals(lang), d -> new TextAnalysis(d.text(), lang));
  }

  /** The analysis of a text on its own, for tools and tests. */
  public static TextAnalysis of(String text, String language) {
    return new TextAnalysis(text, language);
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      lengths = Arrays.copyOf(lengths, n);
      hashes = Arrays.copyOf(hashes, n);
      flags = Arrays.copyOf(flags, n);
    }
    long h = 0xcbf29ce484222325L;
    boolean symbol = true;
    boolean letter = false;
    int cps = 0;
    for (int i = start; i < end; i++) {
      int cp = text.charAt(i);
      if (Character.isHighSurrogate((char) cp) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint((char) cp, text.charAt(++i));
      }
      cps++;
      h = (h ^ cp) * 0x100000001b3L;
      symbol &= Chars.isPunctOrSymbol(cp);
      letter |= Chars.isLetter(cp);
    }
    starts[count] = start;
    ends[count] = end;
    lengths[count] = cps;
    hashes[count] = mix(h);
    flags[count] = (byte) ((symbol ? SYMBOL : 0) | (letter ? LETTER : 0));
    if (!symbol) {
      words++;
    }
    count++;
  }

  /** The hash {@link #hash(int)} gives a token equal to {@code word}, for matching word lists without strings. */
  public static long hashOf(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      h = (h ^ cp) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finalizer: spreads FNV's bits so n-gram hashes built from token hashes mix well. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  public String text() {
    return text;
  }

  public String language() {
    return language;
  }

  /** Length of the text in code points. */
  public int codePoints() {
    return codePoints;
  }

  /** All tokens, words and punctuation. */
  public int tokenCount() {
    return count;
  }

  /** Tokens that hold something other than punctuation and symbols (Gopher's words). */
  public int wordCount() {
    return words;
  }

  public boolean isSymbol(int token) {
    return (flags[token] & SYMBOL) != 0;
  }

  public boolean hasLetter(int token) {
    return (flags[token] & LETTER) != 0;
  }

  /** Length of a token in code points. */
  public int length(int token) {
    return lengths[token];
  }

  public long hash(int token) {
    return hashes[token];
  }

  /**
   * How often each token's exact form occurs in the text ({@code frequencies()[i]} for token {@code i}),
   * counted once by hash and cached: repetition filters use it to skip tokens that occur once.
   */
  public int[] frequencies() {
    if (frequencies == null) {
      it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap ids = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap(count);
      int[] type = new int[count];
      int[] perType = new int[count + 1];
      int next = 0;
      for (int i = 0; i < count; i++) {
        int id = ids.putIfAbsent(hashes[i], next + 1);
        if (id == 0) {
          id = ++next;
        }
        type[i] = id;
        perType[id]++;
      }
      int[] f = new int[count];
      for (int i = 0; i < count; i++) {
        f[i] = perType[type[i]];
      }
      frequencies = f;
    }
    return frequencies;
  }

  public String token(int token) {
    return text.substring(starts[token], ends[token]);
  }

  /** True when the token is exactly {@code word}. */
  public boolean tokenEquals(int token, String word) {
    int len = ends[token] - starts[token];
    return len == word.length() && text.regionMatches(starts[token], word, 0, len);
  }
}
