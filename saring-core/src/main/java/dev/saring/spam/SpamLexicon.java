package dev.saring.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted spam terms by category ({@code spam-lexicon.tsv}, plus any files a user adds), compiled into one
 * {@link TermMatcher}. Category {@code context} holds negative weights: the words of news and law that
 * surround a report about gambling.
 */
public final class SpamLexicon {
  public static final String CONTEXT = "context";
  private static final String RESOURCE = "/dev/saring/spam/spam-lexicon.tsv";

  private final List<String> categories = new ArrayList<>();
  private final List<String> terms = new ArrayList<>();
  private final int[] category;
  private final int[] weight;
  private final int[] language;
  private final TermMatcher matcher;

  private SpamLexicon(List<String[]> rows) {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Integer> byTerm = new LinkedHashMap<>();
    List<int[]> info = new ArrayList<>();
    for (String[] r : rows) {
      String folded = TextFold.foldTerm(r[3]);
      if (folded.isEmpty()) {
        continue;
      }
      int cat = index.computeIfAbsent(r[0], k -> {
        categories.add(k);
        return categories.size() - 1;
      });
      int[] entry = {cat, Integer.parseInt(r[2]), languageGroup(r[1].strip())};
      Integer existing = byTerm.get(folded);
      if (existing != null) {
        info.set(existing, entry); // a later file overrides the built-in weight of the same term
      } else {
        byTerm.put(folded, terms.size());
        terms.add(folded);
        info.add(entry);
      }
    }
    category = info.stream().mapToInt(e -> e[0]).toArray();
    weight = info.stream().mapToInt(e -> e[1]).toArray();
    language = info.stream().mapToInt(e -> e[2]).toArray();
    matcher = TermMatcher.of(terms);
  }

  /** The built-in lexicon. */
  public static SpamLexicon standard() {
    return Holder.STANDARD;
  }

  /** The built-in lexicon and then {@code extra} files in the same format; later entries win. */
  public static SpamLexicon withFiles(List<Path> extra) {
    if (extra.isEmpty()) {
      return standard();
    }
    List<String[]> rows = new ArrayList<>(builtInRows());
    for (Path p : extra) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        rows.addAll(parse(r, p.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read spam lexicon " + p + ": " + e.getMessage(), e);
      }
    }
    return new SpamLexicon(rows);
  }

  private static final class Holder {
    static final SpamLexicon STANDARD = new SpamLexicon(builtInRows());
  }

  private static List<String[]> builtInRows() {
    InputStream in = SpamLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> parse(BufferedReader r, String where) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4 || !f[2].strip().matches("-?\\d+")) {
        throw new IllegalArgumentException(where + ":" + n + ": expected category<TAB>language<TAB>weight<TAB>term, got: "
            + line);
      }
      f[2] = f[2].strip();
      rows.add(f);
    }
    return rows;
  }

  public List<String> categories() {
    return List.copyOf(categories);
  }

  /**
   * Weak terms (weight 1 or 2) are ordinary words somewhere: Latvian and Lithuanian "bet" is "but", "slot"
   * is a slot in English. They count only in their own language, or when the language is not known.
   */
  boolean counts(int term, int docLanguageGroup) {
    return weight[term] >= 3 || weight[term] < 0 || docLanguageGroup < 0 || language[term] == docLanguageGroup;
  }

  /** Languages that share spam vocabulary form one group: Indonesian, Malay and their neighbours. */
  static int languageGroup(String code) {
    if (code == null || code.length() < 3 || code.startsWith("und")) {
      return -1;
    }
    String lang = code.substring(0, 3);
    return switch (lang) {
      case "ind", "zsm", "msa", "min", "jav", "sun", "bjn" -> 0;
      default -> 1 + ((lang.charAt(0) - 'a') * 26 + (lang.charAt(1) - 'a')) * 26 + (lang.charAt(2) - 'a');
    };
  }

  int categoryOf(int term) {
    return category[term];
  }

  int weightOf(int term) {
    return weight[term];
  }

  String term(int term) {
    return terms.get(term);
  }

  int size() {
    return terms.size();
  }

  TermMatcher matcher() {
    return matcher;
  }

  int contextCategory() {
    return categories.indexOf(CONTEXT);
  }
}
