package dev.saring.text;

/** Splits text into word and punctuation tokens; whitespace is never a token. */
public interface WordSegmenter {
  /** Receives token spans in text order. */
  interface Sink {
    void token(int start, int end);

    /**
     * A token of letters, digits and marks only (no punctuation, separators or surrogates), with its
     * {@link TextAnalysis#hash} and whether it holds a letter, both found in the scan that found its end: a
     * second and third pass over its chars cost a branch misprediction each at the word's end.
     */
    default void plainToken(int start, int end, long hash, boolean hasLetter) {
      token(start, end);
    }
  }

  /** Reports every token of {@code text} to {@code sink}. */
  void segment(String text, Sink sink);

  /** {@link #segment(String, Sink)} for a caller that holds the text's chars already ({@code chars[0..length)}). */
  default void segment(String text, char[] chars, Sink sink) {
    segment(text, sink);
  }

  /** True when words are separated by spaces; false for dictionary segmentation of unspaced scripts. */
  default boolean splitsOnSpaces() {
    return true;
  }

  /**
   * The segmenter for a language: dictionary word breaks for scripts without spaces, else spaces. Only a
   * code that names no script and has no entry in the table ({@code und}, a bare {@code xx}) makes it look
   * at the text: a code like {@code afr_Latn} already says how its words are separated, and the scan cost
   * as much per char as the segmentation's hashing.
   */
  static WordSegmenter forLanguage(String code, String text) {
    LanguageParams params = LanguageTable.standard().get(code);
    boolean dictionary = params.segmentsWithDictionary() || Scripts.needsDictionary(code)
        || (!Scripts.namesScript(code) && !LanguageTable.standard().has(code) && Scripts.mostlyUnspaced(text));
    return dictionary ? IcuWordSegmenter.forThread() : SpacedWordSegmenter.forLanguage(code);
  }
}
