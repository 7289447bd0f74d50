package dev.saring.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Token-level precision, recall and F1 of extracted text against gold text, the usual scoring of
 * extraction benchmarks: lowercase; tokens are runs of letters and digits (each ideograph or kana is its
 * own token); overlap counts tokens as a multiset. Used to evaluate extraction against gold sets.
 */
public record TokenF1(double precision, double recall, double f1) {
  /** The scores of {@code extracted} against {@code gold}. */
  public static TokenF1 of(String extracted, String gold) {
    Map<String, Integer> e = counts(extracted);
    Map<String, Integer> g = counts(gold);
    long common = 0;
    long ne = 0;
    long ng = 0;
    for (int v : e.values()) {
      ne += v;
    }
    for (Map.Entry<String, Integer> x : g.entrySet()) {
      ng += x.getValue();
      common += Math.min(x.getValue(), e.getOrDefault(x.getKey(), 0));
    }
    double p = ne == 0 ? 0 : (double) common / ne;
    double r = ng == 0 ? 0 : (double) common / ng;
    return new TokenF1(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  static Map<String, Integer> counts(String text) {
    Map<String, Integer> m = new HashMap<>();
    String s = text.toLowerCase(java.util.Locale.ROOT);
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isIdeograph(cp)) {
        m.merge(new String(Character.toChars(cp)), 1, Integer::sum);
        i += Character.charCount(cp);
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c = s.codePointAt(i);
        if (!Character.isLetterOrDigit(c) || isIdeograph(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      m.merge(s.substring(start, i), 1, Integer::sum);
    }
    return m;
  }

  private static boolean isIdeograph(int cp) {
    return Character.isIdeographic(cp) || (cp >= 0x3040 && cp <= 0x30FF);
  }
}
