package dev.saring.lang;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Language codes as saring writes them: ISO 639-3 plus ISO 15924 script ({@code ind_Latn}, {@code cmn_Hani}),
 * as GlotLID and FineWeb-2 do; {@code und} when unknown. Model labels in other forms are mapped through
 * {@code language-codes.tsv}, then through ICU's likely-subtags data for anything the table lacks.
 */
public final class LanguageCodes {
  public static final String UNDETERMINED = "und";
  private static final Pattern FULL = Pattern.compile("[a-z]{3}_[A-Z][a-z]{3}");
  private static final Map<String, String> TABLE = load();

  private LanguageCodes() {}

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = LanguageCodes.class.getResourceAsStream("language-codes.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        m.put(parts[0], parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  /** Whether {@code code} already has saring's form. */
  public static boolean isCode(String code) {
    return FULL.matcher(code).matches() || UNDETERMINED.equals(code);
  }

  /** saring's code for a model's label: {@code __label__ms} and {@code ms} give {@code zsm_Latn}. */
  public static String fromLabel(String label) {
    String l = label.startsWith("__label__") ? label.substring(9) : label;
    if (FULL.matcher(l).matches()) {
      return l;
    }
    String mapped = TABLE.get(l.toLowerCase(Locale.ROOT));
    if (mapped != null) {
      return mapped;
    }
    ULocale likely = ULocale.addLikelySubtags(new ULocale(l.replace('_', '-')));
    String iso3;
    try {
      iso3 = likely.getISO3Language();
    } catch (java.util.MissingResourceException e) {
      iso3 = "";
    }
    String script = likely.getScript();
    return iso3.length() == 3 && script.length() == 4 ? iso3 + "_" + script : l;
  }

  /** The code's script part ({@code Latn}), or "" for {@code und}. */
  public static String script(String code) {
    int i = code.indexOf('_');
    return i < 0 ? "" : code.substring(i + 1);
  }

  /** The language part ({@code ind}). */
  public static String language(String code) {
    int i = code.indexOf('_');
    return i < 0 ? code : code.substring(0, i);
  }

  /** An English name for reports: "Indonesian", "Standard Malay", "Mandarin Chinese (Han)". */
  public static String displayName(String code) {
    if (UNDETERMINED.equals(code)) {
      return "undetermined";
    }
    ULocale loc = new ULocale(language(code));
    String name = loc.getDisplayLanguage(ULocale.ENGLISH);
    return name.isEmpty() || name.equals(language(code)) ? code : name;
  }
}
