package dev.saring.spam;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick over {@link TextFold}ed text: every occurrence of every term in one pass, linear in the
 * text, case- and diacritic-insensitive, with runs of spaces and punctuation read as one space.
 * A term written in a spaced script only matches as whole words; Chinese, Japanese and Thai terms match
 * anywhere.
 *
 * <p>Hand-written because the Java Aho-Corasick libraries keep per-state maps of boxed chars and allocate
 * an object per match, and none folds text on the fly while reporting positions in the original string;
 * here the automaton is a full transition table over the classes of chars the terms use (two array
 * reads per char, no failure-link walks) and a scan allocates one small ring of positions.
 */
final class TermMatcher {
  /** Receives each match: the term's index and its span {@code [start, end)} in the scanned text. */
  interface Hits {
    void hit(int term, int start, int end);
  }

  /** Char to alphabet class: 0 for chars no term uses, 1.. for the others. */
  private final char[] charClass = new char[Character.MAX_VALUE + 1];
  private final int classes;
  /** The class of a char's folded form, so a scan reads one table per char. */
  private final char[] rawClass = new char[Character.MAX_VALUE + 1];
  private final char spaceClass;
  /** Full transition table {@code delta[state * classes + class]}: failure links resolved at build time. */
  private final int[] delta;
  private final int[][] out;
  private final int[] termLength;
  private final boolean[] boundaryStart;
  private final boolean[] boundaryEnd;
  private final int ringMask;

  private TermMatcher(List<String> folded) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(new HashMap<>());
    ends.add(new ArrayList<>());
    termLength = new int[folded.size()];
    boundaryStart = new boolean[folded.size()];
    boundaryEnd = new boolean[folded.size()];
    int maxLength = 1;
    for (int t = 0; t < folded.size(); t++) {
      String term = folded.get(t);
      if (term.isEmpty()) {
        throw new IllegalArgumentException("empty term at " + t);
      }
      int s = 0;
      for (int i = 0; i < term.length(); i++) {
        char c = term.charAt(i);
        Integer next = children.get(s).get(c);
        if (next == null) {
          next = children.size();
          children.get(s).put(c, next);
          children.add(new HashMap<>());
          ends.add(new ArrayList<>());
        }
        s = next;
      }
      ends.get(s).add(t);
      termLength[t] = term.length();
      boundaryStart[t] = TextFold.wordChar(term.charAt(0));
      boundaryEnd[t] = TextFold.wordChar(term.charAt(term.length() - 1));
      maxLength = Math.max(maxLength, term.length());
    }
    int states = children.size();
    int nextClass = 1;
    for (Map<Character, Integer> edges : children) {
      for (char c : edges.keySet()) {
        if (charClass[c] == 0) {
          charClass[c] = (char) nextClass++;
        }
      }
    }
    classes = nextClass;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      rawClass[c] = charClass[TextFold.fold((char) c)];
    }
    spaceClass = charClass[TextFold.SPACE];
    delta = new int[states * classes];
    int[] fail = new int[states];
    out = new int[states][];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      delta[charClass[e.getKey()]] = e.getValue();
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      List<Integer> own = new ArrayList<>(ends.get(s));
      if (out[fail[s]] != null) {
        for (int t : out[fail[s]]) {
          own.add(t);
        }
      }
      out[s] = own.isEmpty() ? null : own.stream().mapToInt(Integer::intValue).toArray();
      // Missing edges follow the failure link, whose row is complete because BFS reached it first.
      System.arraycopy(delta, fail[s] * classes, delta, s * classes, classes);
      for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
        int child = e.getValue();
        int cls = charClass[e.getKey()];
        fail[child] = delta[fail[s] * classes + cls];
        delta[s * classes + cls] = child;
        queue.add(child);
      }
    }
    ringMask = Integer.highestOneBit(maxLength) * 2 - 1;
  }

  /** A matcher for {@code terms}, already folded with {@link TextFold#foldTerm}; term ids are list indexes. */
  static TermMatcher of(List<String> terms) {
    return new TermMatcher(terms);
  }

  /** Reports every whole-term occurrence in {@code text[from, to)}. */
  void scan(CharSequence text, int from, int to, Hits hits) {
    int[] ring = new int[ringMask + 1];
    int state = 0;
    boolean lastSpace = true;
    int k = 0;
    for (int i = from; i < to; i++) {
      char cls = rawClass[text.charAt(i)];
      boolean space = cls == spaceClass && TextFold.fold(text.charAt(i)) == TextFold.SPACE;
      if (space && lastSpace) {
        continue;
      }
      lastSpace = space;
      ring[k & ringMask] = i;
      state = delta[state * classes + cls];
      int[] terms = out[state];
      if (terms != null) {
        for (int t : terms) {
          int start = ring[(k - termLength[t] + 1) & ringMask];
          if ((!boundaryStart[t] || start == from || !TextFold.wordChar(text.charAt(start - 1)))
              && (!boundaryEnd[t] || i + 1 == to || !TextFold.wordChar(text.charAt(i + 1)))) {
            hits.hit(t, start, i + 1);
          }
        }
      }
      k++;
    }
  }

}
