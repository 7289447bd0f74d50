package dev.saring.text;

/** Splits text into word and punctuation tokens; whitespace is never a token. */
public interface WordSegmenter {
  /** Receives token spans in text order. */
  interface Sink {
    void token(int start, int end);
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

  /** The segmenter for a language: dictionary word breaks for scripts without spaces, else spaces. */
  static WordSegmenter forLanguage(String code, String text) {
    LanguageParams params = LanguageTable.standard().get(code);
    boolean dictionary = params.segmentsWithDictionary() || Scripts.needsDictionary(code)
        || (!LanguageTable.standard().has(code) && Scripts.mostlyUnspaced(text));
    return dictionary ? IcuWordSegmenter.forThread() : SpacedWordSegmenter.forLanguage(code);
  }
}
