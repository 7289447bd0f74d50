package dev.saring.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, from {@code dev/saring/extract/class-hints.tsv}:
 * page furniture to remove, probably not the article, or probably the article.
 */
final class ClassHints {
  /** The verdict of the hints on one element. */
  enum Kind {
    REMOVE, FURNITURE, NEGATIVE, STRONG, POSITIVE, NONE;

    /** +2 for a strong hint, +1 for a positive one, -1 for a negative, furniture or remove hint, 0 otherwise. */
    int weight() {
      return switch (this) {
        case STRONG -> 2;
        case POSITIVE -> 1;
        case NEGATIVE, FURNITURE, REMOVE -> -1;
        case NONE -> 0;
      };
    }

    /** True for page furniture: a sidebar, footer, byline or promo box, or worse. */
    boolean isFurniture() {
      return this == REMOVE || this == FURNITURE;
    }
  }

  private static final ClassHints STANDARD = load("/dev/saring/extract/class-hints.tsv");
  private final Map<String, Kind> tokens = new HashMap<>();
  private final java.util.List<String> strongPhrases = new java.util.ArrayList<>();

  static ClassHints standard() {
    return STANDARD;
  }

  /**
   * REMOVE wins over FURNITURE, which wins over NEGATIVE, which wins over STRONG, which wins over POSITIVE;
   * elements without class, id or {@code itemprop=articleBody} are NONE. {@code valueKind} gives the verdict
   * on one class or id string: {@link #valueKind} itself, or a cache of it.
   */
  Kind kind(Element e, Function<String, Kind> valueKind) {
    String cls = e.attributes().getIgnoreCase("class");
    String id = e.attributes().getIgnoreCase("id");
    String itemprop = e.attributes().getIgnoreCase("itemprop");
    if (cls.isEmpty() && id.isEmpty() && itemprop.isEmpty()) {
      return Kind.NONE;
    }
    Kind best = stronger(cls.isEmpty() ? Kind.NONE : valueKind.apply(cls),
        id.isEmpty() ? Kind.NONE : valueKind.apply(id));
    if (best.weight() >= 0 && itemprop.equalsIgnoreCase("articleBody")) {
      return Kind.STRONG;
    }
    return best;
  }

  Kind kind(Element e) {
    return kind(e, this::valueKind);
  }

  /**
   * The verdict on one class or id string: the strongest of its names, and STRONG for a strong phrase
   * ({@code entry-content}) unless a name says remove, furniture or negative.
   */
  Kind valueKind(String value) {
    Kind k = scan(value);
    return k.weight() >= 0 && hasStrongPhrase(value) ? Kind.STRONG : k;
  }

  private boolean hasStrongPhrase(String value) {
    if (value.length() < 6) {
      return false;
    }
    String v = value.toLowerCase(Locale.ROOT).replace('_', '-');
    for (String phrase : strongPhrases) {
      if (v.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * CMSs add classes made from tag and category slugs ({@code tag-share}, {@code category-sidebar-news},
   * Typepad's {@code entry-category-social_media}), which say nothing about the element; class names that
   * start with these prefixes, or hold a category or tag slug after a prefix, are skipped. So are
   * JavaScript hooks ({@code js-social-images} on an article body whose pictures get share buttons): they
   * name a behaviour, not what the element is.
   */
  private static final String[] SLUG_PREFIXES = {"tag-", "tags-", "category-", "categories-", "cat-", "postid-",
      "format-", "status-", "type-", "topic-", "label-", "comment-author-", "author-", "js-"};

  private Kind scan(String value) {
    Kind best = Kind.NONE;
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      if (i > start) {
        String name = value.substring(start, i);
        // Most names hold no hint word; only those that do are checked for being a slug.
        Kind k = scanName(stripModifier(name));
        if (k != Kind.NONE && !isSlug(name)) {
          best = stronger(best, k);
        }
      }
    }
    return best;
  }

  /**
   * BEM modifiers describe a state, not what an element is: {@code o-section--has-ads} is a section that
   * holds ad slots, {@code TestReport__Section--Ads} a report section with ads beside it.
   */
  private static String stripModifier(String name) {
    int at = name.indexOf("--");
    return at > 0 ? name.substring(0, at) : name;
  }

  /**
   * Taxonomy slugs that CMSs also put after a prefix, with hyphens or underscores: {@code entry-category-…},
   * {@code post-tag-…}, and the entry author of Typepad and Serendipity ({@code serendipity_entry_author_Name});
   * an author box ({@code about-author}, {@code author-bio}) is no slug.
   */
  private static final String[] INNER_SLUGS = {"-category-", "-categories-", "-tag-", "-tags-", "entry-author-"};

  /**
   * The first chars of {@link #INNER_SLUGS} as {@link #normalized} reads them: the scan tries the patterns
   * only where one of them stands, and skips most positions of a name.
   */
  private static final boolean[] INNER_SLUG_STARTS = firstChars(INNER_SLUGS);

  private static boolean[] firstChars(String[] patterns) {
    boolean[] starts = new boolean[128];
    for (String p : patterns) {
      starts[p.charAt(0)] = true;
    }
    return starts;
  }

  private static boolean isSlug(String name) {
    for (String p : SLUG_PREFIXES) {
      if (name.regionMatches(true, 0, p, 0, p.length())) {
        return true;
      }
    }
    for (int i = 0; i < name.length(); i++) {
      char c = normalized(name.charAt(i));
      if (c >= 128 || !INNER_SLUG_STARTS[c]) {
        continue;
      }
      for (String p : INNER_SLUGS) {
        if (slugAt(name, i, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when {@code p} occurs in {@code name} at {@code at}, ignoring ASCII case, with '_' read as '-'. */
  private static boolean slugAt(String name, int at, String p) {
    if (at + p.length() > name.length()) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (normalized(name.charAt(at + k)) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char normalized(char c) {
    return c == '_' ? '-' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private Kind scanName(String value) {
    Kind best = Kind.NONE;
    int n = value.length();
    int i = 0;
    boolean negated = false;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(value.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 24) {
        String token = value.substring(start, i).toLowerCase(Locale.ROOT);
        Kind k = tokens.get(token);
        // "has-sidebar", "with-comments", "no-ads": the element is not the thing named.
        if (k != null && !negated) {
          best = stronger(best, k);
        }
        negated = token.equals("has") || token.equals("with") || token.equals("no") || token.equals("without");
      }
    }
    return best;
  }

  private static Kind stronger(Kind a, Kind b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private static ClassHints load(String resource) {
    ClassHints hints = new ClassHints();
    try (InputStream in = ClassHints.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("strong")) {
          hints.strongPhrases.add(f[1]);
        } else {
          hints.tokens.put(f[1], Kind.valueOf(f[0].toUpperCase(Locale.ROOT)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hints;
  }
}
