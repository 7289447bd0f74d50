package dev.saring.pipeline;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …" for misspelt step and option names: the closest name within two edits. */
final class NameSuggestion {
  private static final int MAX_EDITS = 2;

  private NameSuggestion() {}

  static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = MAX_EDITS + 1;
    for (String c : candidates) {
      int d = distance(name, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The text to append to an error: empty when nothing is close. */
  static String hint(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Levenshtein distance; names are short, so the plain two-row table is enough. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
