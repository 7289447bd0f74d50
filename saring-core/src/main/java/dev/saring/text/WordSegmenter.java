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
   * The segmenter for a language: dictionary word breaks for scripts without spaces, else spaces. A code
   * without its own entry in the table ({@code und}, or a label that language ID gave a Chinese text) is
   * decided by the text.
   */
  static WordSegmenter forLanguage(String code, String text) {
    return forLanguage(code, !LanguageTable.standard().has(code) && Scripts.mostlyUnspaced(text));
  }

  /** {@link #forLanguage(String, String)} for a caller that holds the text's chars ({@code chars[0, length)}). */
  static WordSegmenter forLanguage(String code, char[] chars, int length) {
    return forLanguage(code, !LanguageTable.standard().has(code) && Scripts.mostlyUnspaced(chars, length));
  }

  private static WordSegmenter forLanguage(String code, boolean unlistedAndUnspaced) {
    boolean dictionary = LanguageTable.standard().get(code).segmentsWithDictionary() || Scripts.needsDictionary(code)
        || unlistedAndUnspaced;
    return dictionary ? IcuWordSegmenter.forThread() : SpacedWordSegmenter.forLanguage(code);
  }
}
