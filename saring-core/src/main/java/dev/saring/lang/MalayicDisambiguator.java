package dev.saring.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells Indonesian from Malaysian Malay, and both from Javanese, Sundanese, Minangkabau and Banjar, by the
 * words each side uses ({@code malayic-markers.tsv}): spellings only one side has (uang/wang, karena/kerana),
 * the usual word of one side (kantor/pejabat), month and day names, institutions and places, and the
 * {@code -itas}/{@code -iti} endings of Latin loans (kualitas/kualiti).
 *
 * <p>Character models see these languages as one: their n-grams differ in a few hundred words. Statistical
 * language ID (lid.176, Lingua) calls most Malay text Indonesian; this step overrides it only on evidence,
 * and reports the evidence.
 */
public final class MalayicDisambiguator {
  public static final Set<String> LANGUAGES =
      Set.of("ind_Latn", "zsm_Latn", "jav_Latn", "sun_Latn", "min_Latn", "bjn_Latn");
  private static final List<String> REGIONAL = List.of("jav_Latn", "sun_Latn", "min_Latn", "bjn_Latn");
  /** One word counts at most this many times: a name repeated through an article is not more evidence. */
  private static final int MAX_COUNT_PER_WORD = 3;

  private record Marker(String language, int weight) {}

  /** What the evidence says. {@code language} is null when it says nothing decisive. */
  public record Decision(String language, Map<String, Double> scores, List<String> evidence) {}

  private final Map<String, Marker> single = new HashMap<>();
  private final Map<String, Marker> pairs = new HashMap<>();

  private static final MalayicDisambiguator STANDARD = load();

  public static MalayicDisambiguator standard() {
    return STANDARD;
  }

  private static MalayicDisambiguator load() {
    MalayicDisambiguator d = new MalayicDisambiguator();
    try (InputStream in = MalayicDisambiguator.class.getResourceAsStream("malayic-markers.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Marker m = new Marker(f[0], Integer.parseInt(f[2]));
        (f[1].indexOf(' ') >= 0 ? d.pairs : d.single).put(f[1], m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  /** Whether {@code code} is one of the languages this step decides between. */
  public static boolean covers(String code) {
    return code != null && LANGUAGES.contains(code);
  }

  /** The language the words decide for a text the model labelled {@code code}, or {@code code} itself. */
  public String relabel(String code, CharSequence text) {
    if (!covers(code)) {
      return code;
    }
    String d = decide(text).language();
    return d != null ? d : code;
  }

  public Decision decide(CharSequence text) {
    List<String> words = words(text);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Marker> found = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Marker m = single.get(w);
      String key = w;
      if (i + 1 < words.size()) {
        String pair = w + " " + words.get(i + 1);
        Marker p = pairs.get(pair);
        if (p != null) {
          m = p;
          key = pair;
          i++;
        }
      }
      if (m == null) {
        m = bySuffix(w);
      }
      if (m != null) {
        found.putIfAbsent(key, m);
        counts.merge(key, 1, Integer::sum);
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String l : List.of("ind_Latn", "zsm_Latn", "jav_Latn", "sun_Latn", "min_Latn", "bjn_Latn")) {
      scores.put(l, 0.0);
    }
    List<String> evidence = new ArrayList<>();
    found.forEach((w, m) -> {
      scores.merge(m.language(), (double) m.weight() * Math.min(MAX_COUNT_PER_WORD, counts.get(w)), Double::sum);
      if (evidence.size() < 12) {
        evidence.add(w + ":" + m.language().substring(0, 3));
      }
    });
    return new Decision(choose(scores, words.size()), scores, evidence);
  }

  /**
   * A regional language needs its function words to be frequent and to outweigh both national ones;
   * Indonesian and Malay need a score of 2 (one clear word) and twice the other's.
   */
  private static String choose(Map<String, Double> s, int words) {
    double ind = s.get("ind_Latn");
    double zsm = s.get("zsm_Latn");
    for (String r : REGIONAL) {
      double v = s.get(r);
      if (v >= 6 && v > 1.5 * Math.max(ind, zsm) && v >= 0.05 * words) {
        return r;
      }
    }
    if (zsm >= 2 && zsm >= 2 * ind + 1) {
      return "zsm_Latn";
    }
    if (ind >= 2 && ind >= 2 * zsm + 1) {
      return "ind_Latn";
    }
    return null;
  }

  private static Marker bySuffix(String w) {
    if (w.length() >= 7 && w.endsWith("itas")) {
      return new Marker("ind_Latn", 2);
    }
    if (w.length() >= 6 && w.endsWith("iti") && !w.endsWith("aiti")) {
      return new Marker("zsm_Latn", 2);
    }
    return null;
  }

  /** Lower-cased words: letters, with hyphens inside (kanak-kanak); at most the first 5,000. */
  static List<String> words(CharSequence text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int n = text.length();
    for (int i = 0; i <= n && out.size() < 5000; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\u00E9') {
        w.append(c);
      } else if (c == '-' && w.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    return out;
  }
}
