package dev.saring.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The boilerplate phrases of {@code dev/saring/text/boilerplate.tsv}: share widgets, "read more" links,
 * cookie notices, copyright lines, advertisement markers, subscribe prompts, comment headers, tag lines and
 * lone menu items, in the languages saring ships. A rule matches a whole short line, its start, or a
 * phrase in it, and only lines up to the rule's word limit, so prose that mentions cookies stays.
 */
public final class BoilerplateLexicon {
  private record Rule(String reason, String match, int maxWords, String pattern) {}

  private static final BoilerplateLexicon STANDARD = load("/dev/saring/text/boilerplate.tsv");

  private final Map<String, Rule> exact = new HashMap<>();
  // Start and link rules by their pattern's first char: a line is tried against the few that can match.
  private final Map<Character, List<Rule>> starts = new HashMap<>();
  private final Map<Character, List<Rule>> links = new HashMap<>();
  private final List<Rule> contains = new ArrayList<>();
  /** No rule applies to a line of more words than this: most prose lines are ruled out at once. */
  private int maxWords;

  public static BoilerplateLexicon standard() {
    return STANDARD;
  }

  /** The reason {@code line} is boilerplate, or empty. */
  public Optional<String> match(String line) {
    if (exceedsWords(line, maxWords)) {
      return Optional.empty();
    }
    String norm = normalize(line);
    if (norm.isEmpty()) {
      return Optional.empty();
    }
    int words = wordCount(norm);
    Rule r = exact.get(stripEdgePunctuation(norm));
    if (r != null && words <= r.maxWords()) {
      return Optional.of(r.reason());
    }
    for (Rule rule : starts.getOrDefault(norm.charAt(0), List.of())) {
      if (words <= rule.maxWords() && norm.startsWith(rule.pattern()) && boundaryAfter(norm, rule.pattern().length())) {
        return Optional.of(rule.reason());
      }
    }
    boolean sentence = Chars.endsSentence(norm);
    for (Rule rule : links.getOrDefault(norm.charAt(0), List.of())) {
      int end = rule.pattern().length();
      if (words <= rule.maxWords() && norm.startsWith(rule.pattern()) && boundaryAfter(norm, end)
          && (!sentence || colonAfter(norm, end))) {
        return Optional.of(rule.reason());
      }
    }
    for (Rule rule : contains) {
      if (words <= rule.maxWords() && norm.contains(rule.pattern())) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@link #normalize}{@code (line)} would have more than {@code limit} words, counted without
   * building it: most lines an extractor or line cleaner asks about are prose, far over every rule's limit.
   */
  static boolean exceedsWords(String line, int limit) {
    int i = 0;
    int n = line.length();
    while (i < n && (BULLETS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
      i++;
    }
    int words = 0;
    boolean in = false;
    for (; i < n; i++) {
      char c = line.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (!space && !in && ++words > limit) {
        return true;
      }
      in = !space;
    }
    return false;
  }

  private static final String BULLETS = "•·*-–—»›>|";

  /** Lowercase, curly quotes straightened, leading bullets and arrows dropped, whitespace collapsed. */
  static String normalize(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length() && (BULLETS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
      i++;
    }
    StringBuilder out = new StringBuilder(s.length() - i);
    boolean space = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c == '\u2019' ? '\'' : c);
    }
    return out.toString();
  }

  private static String stripEdgePunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isEdge(s.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isEdge(char c) {
    return c == ' ' || (c < 0x80 && !Character.isLetterOrDigit(c)) || c == '\u2026' || c == '\u00BB'
        || c == '\u00AB' || c == '\u3002' || c == '\uFF1A';
  }

  private static boolean boundaryAfter(String s, int at) {
    if (at >= s.length()) {
      return true;
    }
    char c = s.charAt(at);
    char last = s.charAt(at - 1);
    return !Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(last) || isUnspaced(last);
  }

  private static boolean isUnspaced(char c) {
    return c >= 0x0E00 && c <= 0x0FFF || c >= 0x3040 && c <= 0x9FFF;
  }

  private static boolean colonAfter(String s, int at) {
    int i = at;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '\uFF1A');
  }

  public static int wordCount(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  private static BoilerplateLexicon load(String resource) {
    BoilerplateLexicon lexicon = new BoilerplateLexicon();
    try (InputStream in = BoilerplateLexicon.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(resource + ": bad line: " + line);
        }
        Rule rule = new Rule(f[0], f[1], Integer.parseInt(f[2]), f[3]);
        lexicon.maxWords = Math.max(lexicon.maxWords, rule.maxWords());
        switch (rule.match()) {
          case "exact" -> lexicon.exact.put(rule.pattern(), rule);
          case "start" -> lexicon.starts.computeIfAbsent(rule.pattern().charAt(0), c -> new ArrayList<>())
              .add(rule);
          case "link" -> lexicon.links.computeIfAbsent(rule.pattern().charAt(0), c -> new ArrayList<>())
              .add(rule);
          case "contains" -> lexicon.contains.add(rule);
          default -> throw new IllegalStateException(resource + ": unknown match '" + rule.match() + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lexicon;
  }
}
