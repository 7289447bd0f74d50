package dev.saring.lang.ngram;

import dev.saring.lang.LanguageGuess;
import dev.saring.lang.LanguageIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Identifies the language of a text as the language whose character model makes the text most likely.
 *
 * <p>Each language's model is a character n-gram language model read with backoff: a letter is scored by
 * {@code P(letter | up to four letters before it in the word)} from the longest n-gram the language has,
 * minus a fixed penalty for each order it had to back off, and a floor for a letter the language has never
 * seen. Non-letters end a word. The per-text log-likelihoods become probabilities by a softmax.
 *
 * <p>A word's score is a sum over its letters that depends on nothing outside the word, so each distinct
 * word is scored once and kept ({@link WordScoreCache}); a text's score is its words' scores times their
 * counts. All languages are scored in one pass over a new word's letters. Per letter: one dense row
 * (every language's unigram/bigram score, backoff included), overwritten by the postings of the letter's
 * 3-, 4- and 5-grams for the languages that have them, lowest order first, then added to all scores. A
 * lookup of an order stops the climb when no language has that n-gram, since none then has the longer ones.
 *
 * <p>Not thread-safe: one instance per thread over a shared {@link NgramModel}.
 */
public final class NgramLanguageIdentifier implements LanguageIdentifier {
  /**
   * Scoring constants, chosen on the lingua development sentences: the backoff penalty and the floor for
   * accuracy (flat between -0.25 and -1 and between -10 and -14), the softmax temperature for calibration
   * (4 minimizes the log-loss of the correct language; 1 makes every sentence look certain).
   */
  public record Tuning(double backoffPenalty, double unseenLogProb, double temperature, int maxOrder) {
    public static final Tuning DEFAULT = new Tuning(-0.5, -12.0, 4.0, 5);
  }

  /** Beyond this many code points a text is not read further: the language is clear long before. */
  public static final int MAX_TEXT_CODE_POINTS = 20_000;

  private final NgramModel model;
  private final Tuning tuning;
  private final boolean[] candidate;
  private final int candidates;
  private final int nLang;
  private final int maxOrder;
  private final float[] rows;
  private final float[] qToLog = new float[256];
  private final double[] scores;
  private final boolean cacheWords;
  private final WordScoreCache cache;
  /** Per cache entry: the text it was last counted in, and its count there. */
  private final int[] entryText = new int[WordScoreCache.MAX_ENTRIES];
  private final int[] entryCount = new int[WordScoreCache.MAX_ENTRIES];
  private final int[] textEntries = new int[WordScoreCache.MAX_ENTRIES];
  private int textEntryCount;
  private int textId;
  private final char[] chars = new char[2 * MAX_TEXT_CODE_POINTS];
  private final int[] word = new int[MAX_TEXT_CODE_POINTS];
  /** One letter's score per language while its postings are applied. */
  private final double[] letter;
  private int pending;
  private final int[] chunkTargets = new int[CHUNK];
  private final int[] chunkRows = new int[CHUNK];
  private final int[] chunkFound = new int[CHUNK];
  private final int[] chunkSlots;
  private final long[] chunkKeys;
  /** Sink for the postings touched ahead of use, so that the JIT keeps those loads. */
  int touched;

  public NgramLanguageIdentifier(NgramModel model, Tuning tuning, List<String> only) {
    this(model, tuning, only, true);
  }

  /**
   * {@code cacheWords} false scores every word occurrence from the tables: the reference the cache is
   * tested against.
   */
  NgramLanguageIdentifier(NgramModel model, Tuning tuning, List<String> only, boolean cacheWords) {
    this.model = model;
    this.cacheWords = cacheWords;
    this.tuning = tuning;
    this.maxOrder = Math.max(2, Math.min(tuning.maxOrder(), model.maxOrder()));
    this.nLang = model.languages().size();
    this.candidate = new boolean[nLang];
    int c = 0;
    for (int i = 0; i < nLang; i++) {
      candidate[i] = only == null || only.isEmpty() || only.contains(model.languages().get(i));
      c += candidate[i] ? 1 : 0;
    }
    this.candidates = c;
    this.rows = model.rows(tuning.backoffPenalty(), tuning.unseenLogProb());
    this.scores = new double[nLang];
    this.cache = new WordScoreCache(nLang);
    this.letter = new double[nLang];
    this.chunkSlots = new int[CHUNK * (maxOrder + 1)];
    this.chunkKeys = new long[CHUNK * (maxOrder + 1)];
    for (int q = 0; q < 256; q++) {
      qToLog[q] = -q * model.logStep();
    }
  }

  public NgramLanguageIdentifier(NgramModel model) {
    this(model, Tuning.DEFAULT, null);
  }

  @Override
  public List<String> languages() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nLang; i++) {
      if (candidate[i]) {
        out.add(model.languages().get(i));
      }
    }
    return out;
  }

  /**
   * Letters of new words looked up together before their scores are added. The large 4- and 5-gram tables
   * do not fit in any cache, so the time goes into memory misses: first every lookup of the chunk
   * (independent loads that the CPU overlaps, each also touching its postings), then the additions, which
   * find their data in cache.
   */
  private static final int CHUNK = 256;

  /**
   * Scores every language into {@code scores} and returns how many letters were scored.
   *
   * <p>Words are scored once and kept in the {@link WordScoreCache}; the text's score is the sum of its
   * distinct words' scores, each times its count. Should the cache fill up within a text, it is emptied
   * and the text scored again: an empty cache holds any text's words.
   */
  int score(CharSequence text) {
    int letters = scoreWords(text);
    if (letters < 0) {
      cache.clear();
      letters = scoreWords(text);
    }
    Arrays.fill(scores, 0);
    double[] vectors = cache.vectors();
    for (int i = 0; i < textEntryCount; i++) {
      int entry = textEntries[i];
      double count = entryCount[entry];
      int base = entry * nLang;
      for (int l = 0; l < nLang; l++) {
        scores[l] += count * vectors[base + l];
      }
    }
    return letters;
  }

  /** Counts the text's words into {@code textEntries}, scoring the ones not cached; -1 if the cache filled up. */
  private int scoreWords(CharSequence text) {
    textId++;
    textEntryCount = 0;
    pending = 0;
    int letters = 0;
    int wordLength = 0;
    long hash = NgramHash.OFFSET;
    int len = copy(text);
    int read = 0;
    for (int i = 0; i < len && read < MAX_TEXT_CODE_POINTS; read++) {
      char c = chars[i];
      boolean letter;
      int lower;
      if (c < 0x80) {
        i++;
        lower = c | 0x20;
        letter = lower >= 'a' && lower <= 'z';
      } else {
        int cp = Character.codePointAt(chars, i, len);
        i += Character.charCount(cp);
        letter = Character.isLetter(cp);
        lower = Character.toLowerCase(cp);
      }
      if (letter) {
        word[wordLength++] = lower;
        hash = NgramHash.step(hash, lower);
        letters++;
      } else if (wordLength > 0) {
        if (!countWord(NgramHash.mix(hash), wordLength)) {
          return -1;
        }
        wordLength = 0;
        hash = NgramHash.OFFSET;
      }
    }
    if (wordLength > 0 && !countWord(NgramHash.mix(hash), wordLength)) {
      return -1;
    }
    addChunk(pending);
    pending = 0;
    return letters;
  }

  /** Copies the part of the text that can be read (its first code points take at most two chars each). */
  private int copy(CharSequence text) {
    int n = Math.min(text.length(), chars.length);
    if (text instanceof String s) {
      s.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    return n;
  }

  private boolean countWord(long hash, int length) {
    boolean keep = cacheWords && length <= WordScoreCache.MAX_CACHED_LETTERS;
    int entry = keep ? cache.find(hash, word, length) : -1;
    if (entry < 0) {
      entry = cache.add(hash, word, length, keep);
      if (entry < 0) {
        return false;
      }
      queueLetters(entry * nLang, length);
    }
    if (entryText[entry] != textId) {
      entryText[entry] = textId;
      entryCount[entry] = 0;
      textEntries[textEntryCount++] = entry;
    }
    entryCount[entry]++;
    return true;
  }

  /** Queues the lookups of the word's letters, to be added into the vector at {@code target}. */
  private void queueLetters(int target, int length) {
    for (int i = 0; i < length; i++) {
      if (lookUp(pending, i, Math.min(maxOrder, i + 1))) {
        chunkTargets[pending] = target;
        if (++pending == CHUNK) {
          addChunk(pending);
          pending = 0;
        }
      }
    }
  }

  /**
   * Hashes the n-grams ending at {@code word[at]} and finds its dense row into chunk entry {@code e}; false
   * if no language knows it.
   */
  private boolean lookUp(int e, int at, int top) {
    int stride = maxOrder + 1;
    long h = NgramHash.OFFSET;
    for (int n = 1; n <= top; n++) {
      h = NgramHash.step(h, word[at - n + 1]);
      chunkKeys[e * stride + n] = NgramHash.mix(h);
    }
    int row = top >= 2 ? model.row(2, chunkKeys[e * stride + 2]) : -1;
    if (row < 0) {
      row = model.row(1, chunkKeys[e * stride + 1]);
      if (row < 0) {
        return false; // a letter no language has: the same floor for all
      }
    }
    chunkRows[e] = row;
    chunkFound[e] = top;
    return true;
  }

  /**
   * Finds the chunk's 3-, 4- and 5-gram slots. The first loop only loads each slot's home word, with no
   * branch on what it finds: those loads are independent, so the CPU keeps many misses in flight at once;
   * the real lookups then hit the cache. Postings are touched the same way.
   */
  private void findSlots(int count) {
    int stride = maxOrder + 1;
    long sink = 0;
    for (int e = 0; e < count; e++) {
      for (int n = 3, top = chunkFound[e]; n <= top; n++) {
        NgramModel.Table t = model.sparse(n);
        sink ^= t.slots()[NgramHash.slot(chunkKeys[e * stride + n], t.mask())];
      }
    }
    for (int e = 0; e < count; e++) {
      int found = 0;
      for (int n = 3, top = chunkFound[e]; n <= top; n++) {
        NgramModel.Table t = model.sparse(n);
        int slot = t.find(chunkKeys[e * stride + n]);
        if (slot < 0) {
          break;
        }
        chunkSlots[e * stride + n] = slot;
        found = n;
      }
      chunkFound[e] = found;
    }
    for (int e = 0; e < count; e++) {
      for (int n = 3, found = chunkFound[e]; n <= found; n++) {
        NgramModel.Table t = model.sparse(n);
        sink ^= t.shorts()[t.start(chunkSlots[e * stride + n])];
      }
    }
    touched += (int) sink;
  }

  private void addChunk(int count) {
    findSlots(count);
    double backoff = tuning.backoffPenalty();
    int stride = maxOrder + 1;
    double[] vectors = cache.vectors();
    double[] letter = this.letter;
    for (int e = 0; e < count; e++) {
      int base = chunkRows[e] * nLang;
      int target = chunkTargets[e];
      int found = chunkFound[e];
      if (found < 3) {
        for (int l = 0; l < nLang; l++) {
          vectors[target + l] += rows[base + l];
        }
        continue;
      }
      // The letter's score per language: the dense row, overwritten by each order's postings, lowest order
      // first, so that the highest order a language has is what stays. Overwriting needs no test per
      // posting; marking the languages a higher order had set took a wrong branch at about every other one.
      for (int l = 0; l < nLang; l++) {
        letter[l] = rows[base + l];
      }
      for (int n = 3; n <= found; n++) {
        NgramModel.Table t = model.sparse(n);
        short[] postings = t.shorts();
        double bonus = -n * backoff;
        int slot = chunkSlots[e * stride + n];
        for (int p = t.start(slot), end = t.end(slot); p < end; p++) {
          letter[postings[p] >>> 8 & 0xFF] = qToLog[postings[p] & 0xFF] + bonus;
        }
      }
      for (int l = 0; l < nLang; l++) {
        vectors[target + l] += letter[l];
      }
    }
  }

  /** Words in the cache now, for tests. */
  int cachedWordsForTest() {
    return cache.size();
  }

  /** The raw scores of the last {@link #score} call, for tests. */
  double[] scoresForTest() {
    return scores;
  }

  @Override
  public List<LanguageGuess> identify(CharSequence text, int k) {
    int letters = score(text);
    if (letters == 0 || candidates == 0) {
      return List.of();
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < nLang; i++) {
      if (candidate[i]) {
        max = Math.max(max, scores[i]);
      }
    }
    double z = 0;
    double t = tuning.temperature();
    for (int i = 0; i < nLang; i++) {
      if (candidate[i]) {
        z += Math.exp((scores[i] - max) / t);
      }
    }
    int kk = Math.min(Math.max(k, 1), candidates);
    int[] best = new int[kk];
    int found = 0;
    for (int i = 0; i < nLang; i++) {
      if (!candidate[i]) {
        continue;
      }
      int pos = found < kk ? found++ : kk;
      while (pos > 0 && scores[best[pos - 1]] < scores[i]) {
        if (pos < kk) {
          best[pos] = best[pos - 1];
        }
        pos--;
      }
      if (pos < kk) {
        best[pos] = i;
      }
    }
    List<LanguageGuess> out = new ArrayList<>(found);
    for (int j = 0; j < found; j++) {
      int i = best[j];
      out.add(new LanguageGuess(model.languages().get(i), Math.exp((scores[i] - max) / t) / z));
    }
    return out;
  }
}
