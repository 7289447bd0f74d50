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
 * reads per char, no failure-link walks).
 */
final class TermMatcher {
  /** Receives each match: the term's index and its span {@code [start, end)} in the scanned text. */
  interface Hits {
    void hit(int term, int start, int end);
  }

  private final int classes;
  /** The class of a char's folded form, so a scan reads one table per char: 0 for chars no term uses. */
  private final char[] rawClass = new char[Character.MAX_VALUE + 1];
  /** The class of the space that everything but letters, digits and marks folds to. */
  private static final char SPACE_CLASS = 1;
  /**
   * Full transition table, failure links resolved at build time: {@code delta[state * classes + class]} is
   * the next state, with bit 15 set when that state reports terms.
   */
  private final char[] delta;
  private final int[][] out;
  private final int[] termLength;
  private final boolean[] boundaryStart;
  private final boolean[] boundaryEnd;

  private TermMatcher(List<String> folded) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(new HashMap<>());
    ends.add(new ArrayList<>());
    termLength = new int[folded.size()];
    boundaryStart = new boolean[folded.size()];
    boundaryEnd = new boolean[folded.size()];
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
    }
    int states = children.size();
    char[] charClass = new char[Character.MAX_VALUE + 1];
    charClass[TextFold.SPACE] = SPACE_CLASS;
    int nextClass = 2;
    // Latin letters and digits next, so the hot part of every row (the chars of most text) is its first
    // few cache lines.
    java.util.Set<Character> used = usedChars(children);
    for (char c : "etaoinsrhldcumfpgwybvkxjqz0123456789".toCharArray()) {
      if (used.contains(c)) {
        charClass[c] = (char) nextClass++;
      }
    }
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
    if (states > 0x7FFF) {
      throw new IllegalArgumentException("lexicon too large: " + states + " automaton states (at most 32767)");
    }
    int[] next = new int[states * classes];
    int[] fail = new int[states];
    out = new int[states][];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      next[charClass[e.getKey()]] = e.getValue();
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
      System.arraycopy(next, fail[s] * classes, next, s * classes, classes);
      for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
        int child = e.getValue();
        int cls = charClass[e.getKey()];
        fail[child] = next[fail[s] * classes + cls];
        next[s * classes + cls] = child;
        queue.add(child);
      }
    }
    // Two bytes per entry keep the hot rows in cache; the top bit marks a state that reports terms.
    delta = new char[next.length];
    for (int i = 0; i < next.length; i++) {
      int target = next[i];
      delta[i] = (char) (out[target] != null ? target | 0x8000 : target);
    }
  }

  private static java.util.Set<Character> usedChars(List<Map<Character, Integer>> children) {
    java.util.Set<Character> used = new java.util.HashSet<>();
    children.forEach(m -> used.addAll(m.keySet()));
    return used;
  }

  /** A matcher for {@code terms}, already folded with {@link TextFold#foldTerm}; term ids are list indexes. */
  static TermMatcher of(List<String> terms) {
    return new TermMatcher(terms);
  }

  /** Reports every whole-term occurrence in {@code text[from, to)}. */
  void scan(String text, int from, int to, Hits hits) {
    // One bulk copy: String.charAt per char (coder check, bounds check) cost more than the automaton.
    char[] chars = new char[to - from];
    text.getChars(from, to, chars, 0);
    scan(chars, chars.length, from, hits);
  }

  /** Scans {@code chars[0, n)}, reporting spans offset by {@code base}. */
  void scan(char[] chars, int n, int base, Hits hits) {
    int row = 0;
    boolean lastSpace = true;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      char cls = rawClass[c];
      boolean space = cls == SPACE_CLASS;
      if (space && lastSpace) {
        continue;
      }
      lastSpace = space;
      char next = delta[row + cls];
      row = (next & 0x7FFF) * classes;
      if (next < 0x8000) {
        continue;
      }
      for (int t : out[next & 0x7FFF]) {
        int start = startOf(chars, i, termLength[t]);
        if ((!boundaryStart[t] || start == 0 || !TextFold.wordChar(chars[start - 1]))
            && (!boundaryEnd[t] || i + 1 == n || !TextFold.wordChar(chars[i + 1]))) {
          hits.hit(t, base + start, base + i + 1);
        }
      }
    }
  }

  /**
   * Where a term of {@code length} automaton steps ending at {@code end} starts: walks back over the chars
   * the scan stepped on (a space only when it follows a non-space). Runs on matches only, which are rare,
   * so the scan loop keeps no position history.
   */
  private static int startOf(char[] chars, int end, int length) {
    int stepped = 0;
    int j = end;
    for (; j >= 0; j--) {
      boolean space = TextFold.fold(chars[j]) == TextFold.SPACE;
      if (!space || (j > 0 && TextFold.fold(chars[j - 1]) != TextFold.SPACE)) {
        if (++stepped == length) {
          return j;
        }
      }
    }
    return 0;
  }



}
