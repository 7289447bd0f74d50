package dev.saring.lang;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.LanguageTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lid}: the document's language, from its cleaned text.
 *
 * <p>Writes {@code metadata.language} (saring's code, {@code und} when unknown), {@code language_score}
 * and {@code language_top} (the k best as [code, probability] pairs). A score below the language's
 * minimum (the {@code language_score} of the language table, FineWeb-2's values; or {@code min_score})
 * routes the document to {@code und} or drops it ({@code below_min}). Documents labelled Indonesian,
 * Malay or a neighbour are then checked by {@link MalayicDisambiguator}, which may relabel them and
 * writes its evidence to {@code language_evidence}. With {@code paragraphs: true}, each paragraph of
 * 40 letters or more is identified too and {@code language_shares} gives each language's share of the
 * text.
 *
 * <p>Drop reasons: {@code below_min_score}, {@code no_letters} (with {@code below_min: drop}),
 * {@code language_not_kept} (with {@code keep}).
 */
public final class LidStep implements Step {
  /**
   * @param backend {@code ngram} (the built-in model, no download) or {@code fasttext}
   * @param model for fasttext: a model file, or a name pulled with {@code saring models pull}
   * @param topK how many guesses {@code language_top} lists
   * @param minScore one minimum for every language; null takes each language's from the table
   * @param belowMin {@code und} (keep, language und), {@code drop}, or {@code keep} (keep the label)
   * @param paragraphs also identify each paragraph and write the shares
   * @param malayic run the Indonesian/Malay disambiguation
   * @param languages restrict the ngram backend to these codes (empty: all)
   * @param maxChars identify on at most this many leading characters
   * @param keep when not empty, documents in other languages are dropped ({@code language_not_kept})
   */
  public record Options(String backend, String model, int topK, Double minScore, String belowMin, boolean paragraphs,
      boolean malayic, List<String> languages, int maxChars, List<String> keep) {
    public static final Options DEFAULTS =
        new Options("ngram", null, 3, null, "und", false, true, List.of(), 20_000, List.of());

    public Options {
      if (!List.of("ngram", "fasttext").contains(backend)) {
        throw new IllegalArgumentException("backend must be ngram or fasttext: " + backend);
      }
      if (backend.equals("fasttext") && (model == null || model.isBlank())) {
        throw new IllegalArgumentException("backend fasttext needs model: a .bin/.ftz file or lid176/glotlid");
      }
      if (!List.of("und", "drop", "keep").contains(belowMin)) {
        throw new IllegalArgumentException("below_min must be und, drop or keep: " + belowMin);
      }
      if (topK < 1 || topK > 100) {
        throw new IllegalArgumentException("top_k must be in 1..100: " + topK);
      }
      if (minScore != null && (minScore < 0 || minScore > 1)) {
        throw new IllegalArgumentException("min_score must be in 0..1: " + minScore);
      }
      if (maxChars < 100) {
        throw new IllegalArgumentException("max_chars must be at least 100: " + maxChars);
      }
      languages = languages == null ? List.of() : List.copyOf(languages);
      keep = keep == null ? List.of() : List.copyOf(keep);
      for (String code : keep) {
        if (!LanguageCodes.isCode(code)) {
          throw new IllegalArgumentException("keep: '" + code + "' is not a language code like ind_Latn");
        }
      }
    }
  }

  static final int MIN_PARAGRAPH_LETTERS = 40;

  private final Options options;
  private final LanguageIdentifier identifier;
  private final LanguageTable table = LanguageTable.standard();
  private final MalayicDisambiguator malayic = MalayicDisambiguator.standard();

  public LidStep(Options options, LanguageIdentifier identifier) {
    this.options = options;
    this.identifier = identifier;
  }

  @Override
  public String name() {
    return "lid";
  }

  @Override
  public Verdict apply(Document doc) {
    String text = doc.text();
    CharSequence head = text.length() > options.maxChars() ? text.subSequence(0, options.maxChars()) : text;
    List<LanguageGuess> guesses = identifier.identify(head, options.topK());
    Map<String, Object> meta = doc.metadata();
    if (guesses.isEmpty()) {
      meta.put(Document.LANGUAGE, LanguageCodes.UNDETERMINED);
      meta.put("language_score", 0.0);
      return options.belowMin().equals("drop") || !options.keep().isEmpty() ? Verdict.drop("no_letters") : Verdict.KEEP;
    }
    String language = guesses.get(0).code();
    double score = guesses.get(0).probability();
    if (options.malayic() && MalayicDisambiguator.covers(language)) {
      MalayicDisambiguator.Decision d = malayic.decide(head);
      if (!d.evidence().isEmpty()) {
        meta.put("language_evidence", d.evidence());
      }
      if (d.language() != null) {
        if (!d.language().equals(language)) {
          meta.put("language_model_guess", language);
          language = d.language();
        }
        // Character models split their belief between these close languages; the words decided between
        // them, so the score is the model's belief in the group.
        score = Math.max(score, malayicProbability(guesses));
      }
    }
    List<List<Object>> top = new ArrayList<>();
    for (LanguageGuess g : guesses) {
      top.add(List.of(g.code(), round(g.probability())));
    }
    meta.put("language_top", top);
    if (options.paragraphs()) {
      meta.put("language_shares", shares(text));
    }
    double min = options.minScore() != null ? options.minScore() : table.get(language).languageScore();
    meta.put("language_score", round(score));
    if (score < min) {
      switch (options.belowMin()) {
        case "drop" -> {
          meta.put(Document.LANGUAGE, language);
          return Verdict.drop("below_min_score");
        }
        case "und" -> {
          meta.put(Document.LANGUAGE, LanguageCodes.UNDETERMINED);
          meta.put("language_below_min", language);
          return options.keep().isEmpty() ? Verdict.KEEP : Verdict.drop("language_not_kept");
        }
        default -> { }
      }
    }
    meta.put(Document.LANGUAGE, language);
    if (!options.keep().isEmpty() && !options.keep().contains(language)) {
      return Verdict.drop("language_not_kept");
    }
    return Verdict.KEEP;
  }

  private static double malayicProbability(List<LanguageGuess> guesses) {
    double sum = 0;
    for (LanguageGuess g : guesses) {
      if (MalayicDisambiguator.covers(g.code())) {
        sum += g.probability();
      }
    }
    return sum;
  }

  /** Each language's share of the letters of the paragraphs that are long enough to judge. */
  private Map<String, Double> shares(String text) {
    Map<String, Double> letters = new LinkedHashMap<>();
    double total = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String para = text.substring(start, end);
      start = end + 1;
      int n = 0;
      for (int i = 0; i < para.length(); i++) {
        n += Character.isLetter(para.charAt(i)) ? 1 : 0;
      }
      if (n < MIN_PARAGRAPH_LETTERS) {
        continue;
      }
      List<LanguageGuess> g = identifier.identify(para, 1);
      if (g.isEmpty()) {
        continue;
      }
      String code = options.malayic() ? malayic.relabel(g.get(0).code(), para) : g.get(0).code();
      letters.merge(code, (double) n, Double::sum);
      total += n;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    double t = total;
    letters.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> out.put(e.getKey(), round(e.getValue() / t)));
    return out;
  }

  private static double round(double p) {
    return Math.round(p * 10000) / 10000.0;
  }
}
