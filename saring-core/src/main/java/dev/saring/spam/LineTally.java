package dev.saring.spam;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Spam weight of one line per category, from the lexicon's terms found in it (overlapping finds resolved
 * to the longer term), with the line's words, letters and domain-like tokens. Reused line after line.
 */
final class LineTally implements TermMatcher.Hits {
  final int[] weight;
  /** Weight of terms of weight 3 and more: what spam says and news about spam rarely does. */
  final int[] strong;
  int hits;
  /** Found terms with a positive weight, of any category. */
  int spamHits;
  int matchedChars;
  int words;
  int letters;
  int unspacedChars;
  int domains;

  private final SpamLexicon lexicon;
  private int[] found = new int[16];
  private int lastStart = -1;
  private int lastEnd = -1;

  LineTally(SpamLexicon lexicon, int categories) {
    this.lexicon = lexicon;
    this.weight = new int[categories];
    this.strong = new int[categories];
  }

  private int languageGroup = -1;

  /** Sets the document's language for the lines measured next; null when unknown. */
  void language(String code) {
    languageGroup = SpamLexicon.languageGroup(code);
  }

  /** Whether {@code text} holds any term with a positive weight that counts in the document's language. */
  boolean anySpamTerm(String text) {
    boolean[] found = {false};
    lexicon.matcher().scan(text, 0, text.length(), (term, s, e) -> {
      if (lexicon.weightOf(term) > 0 && lexicon.counts(term, languageGroup)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  private char[] buf = new char[256];

  void measure(String text, int start, int end) {
    int n = end - start;
    if (buf.length < n) {
      buf = new char[Math.max(n, buf.length * 2)];
    }
    text.getChars(start, end, buf, 0);
    Arrays.fill(weight, 0);
    Arrays.fill(strong, 0);
    hits = 0;
    spamHits = 0;
    matchedChars = 0;
    lastStart = -1;
    lastEnd = -1;
    countWords(buf, n);
    lexicon.matcher().scan(buf, n, start, this);
  }

  /** Words for density: spaced words, or for Chinese, Japanese and Thai one word per three characters. */
  double wordEstimate() {
    return words + unspacedChars / 3.0;
  }

  @Override
  public void hit(int term, int start, int end) {
    if (!lexicon.counts(term, languageGroup)) {
      return;
    }
    // A term inside another found term ("maxwin" in "gampang maxwin") adds nothing; partial overlaps
    // ("situs slot", "slot gacor") both count.
    if (start >= lastStart && end <= lastEnd) {
      return;
    }
    if (hits > 0 && start <= lastStart && end >= lastEnd) {
      undoLast();
    }
    int cat = lexicon.categoryOf(term);
    weight[cat] += lexicon.weightOf(term);
    strong[cat] += lexicon.weightOf(term) >= 3 ? lexicon.weightOf(term) : 0;
    spamHits += lexicon.weightOf(term) > 0 ? 1 : 0;
    matchedChars += end - start;
    if (hits == found.length) {
      found = Arrays.copyOf(found, hits * 2);
    }
    found[hits++] = term;
    lastStart = start;
    lastEnd = end;
  }

  private void undoLast() {
    int term = found[--hits];
    weight[lexicon.categoryOf(term)] -= lexicon.weightOf(term);
    strong[lexicon.categoryOf(term)] -= lexicon.weightOf(term) >= 3 ? lexicon.weightOf(term) : 0;
    spamHits -= lexicon.weightOf(term) > 0 ? 1 : 0;
    matchedChars -= lastEnd - lastStart;
  }

  Map<Integer, Integer> addTermCounts(Map<Integer, Integer> counts) {
    Map<Integer, Integer> out = counts == null ? new HashMap<>() : counts;
    for (int i = 0; i < hits; i++) {
      out.merge(found[i], 1, Integer::sum);
    }
    return out;
  }

  private void countWords(char[] chars, int n) {
    words = 0;
    letters = 0;
    unspacedChars = 0;
    domains = 0;
    boolean inWord = false;
    int dots = 0;
    int wordStart = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (TextFold.wordChar(c)) {
        letters++;
        if (!inWord) {
          words++;
          inWord = true;
          wordStart = i;
          dots = 0;
        }
      } else if (c == '.' && inWord && i + 1 < n && TextFold.wordChar(chars[i + 1])) {
        dots++;
      } else {
        if (inWord && dots > 0 && looksLikeDomain(chars, wordStart, i)) {
          domains++;
        }
        inWord = false;
        if (c > ' ' && TextFold.fold(c) != TextFold.SPACE) {
          letters++;
          unspacedChars++;
        }
      }
    }
    if (inWord && dots > 0 && looksLikeDomain(chars, wordStart, n)) {
      domains++;
    }
  }

  /** {@code slot88.com}, {@code www.situs-judi.net}: a dotted word ending in two to six letters. */
  private static boolean looksLikeDomain(char[] chars, int start, int end) {
    int dot = end - 1;
    while (dot >= start && chars[dot] != '.') {
      dot--;
    }
    int tld = end - dot - 1;
    if (dot < start || tld < 2 || tld > 6) {
      return false;
    }
    for (int i = dot + 1; i < end; i++) {
      char c = chars[i];
      if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }
}
