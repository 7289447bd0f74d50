package dev.saring.filter;

import dev.saring.text.TextAnalysis;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.List;

/** A set of words matched against a document's tokens by hash, with no string per token. */
final class WordList {
  private final List<String> words;
  private final LongOpenHashSet hashes = new LongOpenHashSet();

  WordList(List<String> words) {
    this.words = List.copyOf(words);
    words.forEach(w -> hashes.add(TextAnalysis.hashOf(w)));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Tokens of {@code a} that are in the list, counting no further than {@code enough}. */
  int countIn(TextAnalysis a, int enough) {
    int n = 0;
    for (int t = 0; t < a.tokenCount() && n < enough; t++) {
      if (hashes.contains(a.hash(t)) && matches(a, t)) {
        n++;
      }
    }
    return n;
  }

  private boolean matches(TextAnalysis a, int token) {
    for (String w : words) {
      if (a.tokenEquals(token, w)) {
        return true;
      }
    }
    return false;
  }
}
