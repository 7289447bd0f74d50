package dev.saring.text;

import java.util.List;
import java.util.Set;

/**
 * The per-language parameters of the filters and of language ID, as listed in {@code languages.yaml}
 * (FineWeb-2's names). Thresholds follow datatrove's semantics for each filter.
 *
 * @param code language code, e.g. {@code ind_Latn}; {@code default} for the fallback entry
 * @param languageScore minimum LID probability to keep a document of this language
 * @param segmenter {@code spaces} or {@code icu}
 * @param minAvgWordLength Gopher: mean word length below this drops the document (0 disables)
 * @param maxAvgWordLength Gopher: mean word length above this drops the document (0 disables)
 * @param maxNonAlphaWordsRatio Gopher: share of words with a letter below this drops the document
 * @param stopwords Gopher: the language's stop words
 * @param dupLineFrac Gopher repetition: duplicate line fraction
 * @param topNGrams Gopher repetition: (n, max character fraction of the top n-gram), n = 2..4
 * @param dupNGrams Gopher repetition: (n, max character fraction of duplicated n-grams), n = 5..10
 * @param linePunctThr FineWeb: share of lines ending in terminal punctuation below this drops the document
 * @param newLineRatio FineWeb: newlines per word above this drops the document (list_ratio)
 */
public record LanguageParams(String code, double languageScore, String segmenter, double minAvgWordLength,
    double maxAvgWordLength, double maxNonAlphaWordsRatio, List<String> stopwords, double dupLineFrac,
    List<NGramThreshold> topNGrams, List<NGramThreshold> dupNGrams, double linePunctThr, double newLineRatio) {

  /** A threshold for n-grams of one size. */
  public record NGramThreshold(int n, double fraction) {}

  public LanguageParams {
    stopwords = List.copyOf(stopwords);
    topNGrams = List.copyOf(topNGrams);
    dupNGrams = List.copyOf(dupNGrams);
    if (!segmenter.equals("spaces") && !segmenter.equals("icu")) {
      throw new IllegalArgumentException("segmenter must be spaces or icu: " + segmenter);
    }
  }

  /** The stop words as a set, for membership tests. */
  public Set<String> stopwordSet() {
    return Set.copyOf(stopwords);
  }

  /** True for scripts written without spaces between words. */
  public boolean segmentsWithDictionary() {
    return segmenter.equals("icu");
  }
}
