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
  private int[] starts;
  private int[] ends;
  /** Code points per token; null while every token is one char per code point (no surrogates), the usual case. */
  private int[] lengths;
  private long[] hashes;
  private byte[] flags;
  private int words;
  private final int codePoints;
  private int[] frequencies;
  /** The text's chars while it is segmented; dropped afterwards, as the analysis lives on the document. */
  private char[] chars;
  /** Each thread's copy of the text being segmented. */
  private static final ThreadLocal<ReusedChars> CHARS = ThreadLocal.withInitial(ReusedChars::new);
  private static final ThreadLocal<LongCountTable> COUNTS = ThreadLocal.withInitial(LongCountTable::new);

  private TextAnalysis(String text, String language) {
    this.text = text;
    this.language = language;
    // Sized for prose (four to five chars a token, punctuation included), so most texts fill the arrays
    // without growing them: each doubling copies all the arrays.
    int expected = Math.min(text.length() / 4 + 16, 1 << 16);
    starts = new int[expected];
    ends = new int[expected];
    hashes = new long[expected];
    flags = new byte[expected];
    this.codePoints = text.codePointCount(0, text.length());
    // Read through an array while segmenting (see ReusedChars).
    chars = CHARS.get().of(text);
    WordSegmenter.forLanguage(language, chars, text.length()).segment(text, chars, new WordSegmenter.Sink() {
      @Override
      public void token(int start, int end) {
        add(start, end);
      }

      @Override
      public void plainToken(int start, int end, long hash, boolean hasLetter) {
        addPlain(start, end, hash, hasLetter);
      }
    });
    chars = null;
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

  /** A token without punctuation, separators or surrogates, whose hash and class the segmenter found. */
  private void addPlain(int start, int end, long hash, boolean hasLetter) {
    if (count == starts.length) {
      grow();
    }
    starts[count] = start;
    ends[count] = end;
    if (lengths != null) {
      lengths[count] = end - start;
    }
    hashes[count] = hash;
    flags[count] = hasLetter ? LETTER : 0;
    words++;
    count++;
  }

  private void grow() {
    int n = count * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    lengths = lengths == null ? null : Arrays.copyOf(lengths, n);
    hashes = Arrays.copyOf(hashes, n);
    flags = Arrays.copyOf(flags, n);
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      grow();
    }
    int all = -1;
    int any = 0;
    char[] chars = this.chars;
    for (int i = start; i < end; i++) {
      int cls = Chars.classOf(chars[i]);
      all &= cls;
      any |= cls;
    }
    int cps = end - start;
    if ((any & Chars.SURROGATE) != 0) {
      all = -1;
      any = 0;
      cps = 0;
      for (int i = start; i < end; i += Character.charCount(Character.codePointAt(chars, i, end))) {
        int cp = Character.codePointAt(chars, i, end);
        int cls = (Chars.isPunctOrSymbol(cp) ? Chars.PUNCT : 0) | (Chars.isLetter(cp) ? Chars.LETTER : 0);
        all &= cls;
        any |= cls;
        cps++;
      }
    }
    long h = hash(chars, start, end);
    boolean symbol = (all & Chars.PUNCT) != 0;
    boolean letter = (any & Chars.LETTER) != 0;
    starts[count] = start;
    ends[count] = end;
    if (cps != end - start && lengths == null) {
      lengths = new int[starts.length];
      for (int t = 0; t < count; t++) {
        lengths[t] = ends[t] - starts[t];
      }
    }
    if (lengths != null) {
      lengths[count] = cps;
    }
    hashes[count] = h;
    flags[count] = (byte) ((symbol ? SYMBOL : 0) | (letter ? LETTER : 0));
    if (!symbol) {
      words++;
    }
    count++;
  }

  /** The hash {@link #hash(int)} gives a token equal to {@code word}, for matching word lists without strings. */
  public static long hashOf(String word) {
    return hash(word.toCharArray(), 0, word.length());
  }

  /**
   * A 64-bit hash of {@code chars[from..to)}: four UTF-16 units per multiply (one per char made the multiply
   * chain the word loop's bottleneck), then the length and {@link #mix}. Equal char sequences, and only those
   * in practice, share a hash. {@link SpacedWordSegmenter} computes the same hash for plain words in the scan
   * that finds their end, through {@link #hashBlock} and {@link #hashFinish}.
   *
   * <p>Each step is a bijection of the state (xor, odd multiply, xor-shift). The shift carries the high bits
   * down: a multiply alone only moves bits up, so a difference in one block's first char (its top 16 bits)
   * could be cancelled by a matching difference in the next block's.
   */
  public static long hash(char[] chars, int from, int to) {
    long h = HASH_SEED;
    int i = from;
    for (; i + 4 <= to; i += 4) {
      h = hashBlock(h, (long) chars[i] << 48 | (long) chars[i + 1] << 32 | (long) chars[i + 2] << 16 | chars[i + 3]);
    }
    long w = 0;
    for (; i < to; i++) {
      w = w << 16 | chars[i];
    }
    return hashFinish(h, w, to - from);
  }

  static final long HASH_SEED = 0xcbf29ce484222325L;

  /** Folds four chars, the first in the high bits ({@code w = w << 16 | c} four times), into the state. */
  static long hashBlock(long h, long w) {
    h = (h ^ w) * 0x9E3779B97F4A7C15L;
    return h ^ h >>> 32;
  }

  /**
   * Folds the last zero to three chars (48 bits at most) and the length, in the free top bits, into the
   * state: the length tells {@code "ab"} from {@code "\0ab"}, whose tails are equal.
   */
  static long hashFinish(long h, long tail, int length) {
    return mix((h ^ tail ^ (long) length << 48) * 0x9E3779B97F4A7C15L);
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
    return lengths == null ? ends[token] - starts[token] : lengths[token];
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
      // A long text with more distinct tokens than the table first has room for makes it grow; the counts
      // are then looked up again, since the slots moved.
      LongCountTable table = COUNTS.get();
      table.reset(count);
      int grows = table.grows();
      int[] slots = new int[count];
      for (int i = 0; i < count; i++) {
        slots[i] = table.add(hashes[i]);
      }
      boolean moved = table.grows() != grows;
      for (int i = 0; i < count; i++) {
        slots[i] = moved ? table.count(hashes[i]) : table.countAt(slots[i]);
      }
      frequencies = slots;
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
