package dev.saring.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-language parameter table shipped in {@code dev/saring/text/languages.yaml}: thresholds and stop
 * words from FineWeb-2 and the published Gopher and FineWeb recipes. A language that is not listed gets the
 * {@code default} entry; a code is matched exactly, then by its language part ({@code ind} for
 * {@code ind_Latn}), so {@code zsm} and {@code zsm_Latn} find the same entry.
 */
public final class LanguageTable {
  private static final LanguageTable STANDARD = load("/dev/saring/text/languages.yaml");

  private final LanguageParams fallback;
  private final Map<String, LanguageParams> byCode;
  private final Map<String, LanguageParams> byLanguage = new LinkedHashMap<>();

  private LanguageTable(LanguageParams fallback, Map<String, LanguageParams> byCode) {
    this.fallback = fallback;
    this.byCode = byCode;
    byCode.forEach((code, p) -> byLanguage.putIfAbsent(code.split("_")[0], p));
  }

  /** The table shipped with saring. */
  public static LanguageTable standard() {
    return STANDARD;
  }

  /** The parameters for {@code code} ({@code ind_Latn}), or the default entry. */
  public LanguageParams get(String code) {
    if (code == null) {
      return fallback;
    }
    LanguageParams exact = byCode.get(code);
    if (exact != null) {
      return exact;
    }
    int underscore = code.indexOf('_');
    return byLanguage.getOrDefault(underscore < 0 ? code : code.substring(0, underscore), fallback);
  }

  /** True when {@code code} has its own entry (not the default). */
  public boolean has(String code) {
    return get(code) != fallback;
  }

  public LanguageParams fallback() {
    return fallback;
  }

  /** The codes with an entry, in file order. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  static LanguageTable load(String resource) {
    ObjectMapper yaml = new YAMLMapper();
    try (InputStream in = LanguageTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("language table missing from the jar: " + resource);
      }
      JsonNode root = yaml.readTree(in);
      JsonNode defaults = root.get("default");
      LanguageParams fallback = parse("default", defaults, defaults);
      Map<String, LanguageParams> byCode = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("languages").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        byCode.put(e.getKey(), parse(e.getKey(), e.getValue(), defaults));
      }
      return new LanguageTable(fallback, byCode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static LanguageParams parse(String code, JsonNode node, JsonNode defaults) {
    JsonNode n = node == null || node.isNull() ? defaults : node;
    return new LanguageParams(code,
        num(n, defaults, "language_score"),
        text(n, defaults, "segmenter"),
        num(n, defaults, "min_avg_word_length"),
        num(n, defaults, "max_avg_word_length"),
        num(n, defaults, "max_non_alpha_words_ratio"),
        strings(field(n, defaults, "stopwords")),
        num(n, defaults, "dup_line_frac"),
        ngrams(field(n, defaults, "top_n_grams")),
        ngrams(field(n, defaults, "dup_n_grams")),
        num(n, defaults, "line_punct_thr"),
        num(n, defaults, "new_line_ratio"));
  }

  private static JsonNode field(JsonNode n, JsonNode defaults, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      v = defaults.get(key);
    }
    if (v == null) {
      throw new IllegalStateException("languages.yaml: no '" + key + "' and no default for it");
    }
    return v;
  }

  private static double num(JsonNode n, JsonNode d, String key) {
    return field(n, d, key).asDouble();
  }

  private static String text(JsonNode n, JsonNode d, String key) {
    return field(n, d, key).asText();
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(s -> out.add(s.asText()));
    return out;
  }

  private static List<LanguageParams.NGramThreshold> ngrams(JsonNode list) {
    List<LanguageParams.NGramThreshold> out = new ArrayList<>();
    list.forEach(pair -> out.add(new LanguageParams.NGramThreshold(pair.get(0).asInt(), pair.get(1).asDouble())));
    return out;
  }
}
