package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which segmenter a document gets: from its language code, and from its text when the code says too little. */
class WordSegmenterTest {
  private static final String CHINESE =
      "了解 Prometheus Federation 功能。Prometheus 在效能上是能夠以單個 Server 支撐百萬個時間序列。";
  private static final String INDONESIAN =
      "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.";

  @Test
  void unspacedScripts_getDictionaryBreaks_byCodeOrTable() {
    assertThat(WordSegmenter.forLanguage("cmn_Hani", INDONESIAN).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage("lao_Laoo", INDONESIAN).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage("ind_Latn", INDONESIAN).splitsOnSpaces()).isTrue();
  }

  @Test
  void listedSpacedLanguage_keepsSpaces_whateverTheText() {
    assertThat(WordSegmenter.forLanguage("eng_Latn", CHINESE).splitsOnSpaces()).isTrue();
  }

  @Test
  void unlistedOrUnknownCode_isDecidedByTheText() {
    // Language ID called this Chinese page Esperanto; Esperanto has no entry, so the text decides.
    assertThat(WordSegmenter.forLanguage("epo_Latn", CHINESE).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage("und", CHINESE).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage(null, CHINESE).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage("epo_Latn", "La hundo kuras en la parko kun sia amiko.").splitsOnSpaces())
        .isTrue();
    char[] chars = ("satu dua tiga " + CHINESE).toCharArray();
    assertThat(WordSegmenter.forLanguage("und", chars, chars.length).splitsOnSpaces()).isFalse();
    assertThat(WordSegmenter.forLanguage("und", chars, 14).splitsOnSpaces()).as("only the given length is read")
        .isTrue();
  }
}
