package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.pipeline.OptionsBinder;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GopherRepetitionFilterTest {
  private final GopherRepetitionFilter filter = new GopherRepetitionFilter(GopherRepetitionFilter.Options.DEFAULTS);

  private Verdict english(String text) {
    return filter.apply(Prose.doc(text, "eng_Latn"));
  }

  @Test
  void apply_ordinaryProse_isKept() {
    assertThat(english(Prose.ENGLISH)).isEqualTo(Verdict.KEEP);
    assertThat(filter.apply(Prose.doc(Prose.INDONESIAN, "ind_Latn"))).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_repeatedParagraphs_dropsWithDupParaFrac() {
    String p = "Short repeated paragraph.";
    assertThat(english(Prose.ENGLISH + "\n\n" + p + "\n\n" + p + "\n\n" + p + "\n\n" + p))
        .isEqualTo(Verdict.drop("dup_para_frac"));
  }

  @Test
  void apply_oneLongRepeatedParagraph_dropsWithDupParaCharFrac() {
    String longPara = Prose.ENGLISH.replace("\n\n", " ");
    String text = String.join("\n\n", "One short line.", "Two short lines.", "Three short lines.",
        "Four short lines.", longPara, longPara);
    assertThat(english(text)).isEqualTo(Verdict.drop("dup_para_char_frac"));
  }

  @Test
  void apply_repeatedLines_dropsWithDupLineFrac() {
    GopherRepetitionFilter noParas = new GopherRepetitionFilter(OptionsBinder.bind("t",
        GopherRepetitionFilter.Options.DEFAULTS, Map.of("dup_para_frac", 0, "dup_para_char_frac", 0)));
    String text = Prose.ENGLISH.replace("\n\n", "\n") + "\nMenu\nMenu\nMenu\nMenu\nMenu";
    assertThat(noParas.apply(Prose.doc(text, "eng_Latn"))).isEqualTo(Verdict.drop("dup_line_frac"));
  }

  @Test
  void apply_oneLongRepeatedLine_dropsWithDupLineCharFrac() {
    GopherRepetitionFilter noParas = new GopherRepetitionFilter(OptionsBinder.bind("t",
        GopherRepetitionFilter.Options.DEFAULTS, Map.of("dup_para_frac", 0, "dup_para_char_frac", 0)));
    String longLine = Prose.ENGLISH.replace("\n\n", " ");
    String text = String.join("\n", "One short line.", "Two short lines.", "Three short lines.",
        "Four short lines.", longLine, longLine);
    assertThat(noParas.apply(Prose.doc(text, "eng_Latn"))).isEqualTo(Verdict.drop("dup_line_char_frac"));
  }

  @Test
  void apply_oneBigramEverywhere_dropsWithTop2Gram() {
    assertThat(english("Slot gacor. ".repeat(3) + Prose.ENGLISH.substring(0, 200) + " slot gacor".repeat(20)))
        .isEqualTo(Verdict.drop("top_2_gram"));
  }

  @Test
  void apply_repeatedPhrases_dropsWithDup5Gram() {
    String phrase = "the new opening hours of the main library ";
    String text = Prose.ENGLISH + " " + phrase.repeat(6);
    GopherRepetitionFilter onlyDup = new GopherRepetitionFilter(OptionsBinder.bind("t",
        GopherRepetitionFilter.Options.DEFAULTS, Map.of("top_n_grams", Map.of())));
    assertThat(onlyDup.apply(Prose.doc(text, "eng_Latn"))).isEqualTo(Verdict.drop("dup_5_gram"));
  }

  @Test
  void dupNGrams_countFromTheSecondOccurrenceWithoutOverlap() {
    // "a b c d e" four times: the first occurrence is new, the next three repeat it: 3 x 5 chars of 40.
    NGramCounter counter = new NGramCounter();
    counter.reset(dev.saring.text.TextAnalysis.of("a b c d e a b c d e a b c d e a b c d e", "eng_Latn"));
    assertThat(counter.duplicateNGramChars(5)).isEqualTo(15);
    // The top bigram "a b" appears 4 times, 3 characters each with its space.
    assertThat(counter.topNGramChars(2)).isEqualTo(12);
  }

  @Test
  void topNGram_tieKeepsTheFirstSeen_asPythonsCounter() {
    NGramCounter counter = new NGramCounter();
    counter.reset(dev.saring.text.TextAnalysis.of("aa bb x aaaa bbbb y aa bb z aaaa bbbb", "eng_Latn"));
    assertThat(counter.topNGramChars(2)).isEqualTo(2 * "aa bb".length());
  }

  @Test
  void apply_indonesianThresholds_comeFromTheTable() {
    // 3 of 12 lines repeat an earlier one (0.25): over FineWeb-2's Indonesian 0.241, under the paper's 0.30.
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append(dev.saring.testing.Corpora.paragraph(random, 25)).append('\n');
    }
    text.append("Menu.\nMenu.\nMenu.\nMenu.");
    assertThat(filter.apply(Prose.doc(text.toString(), "ind_Latn"))).isEqualTo(Verdict.drop("dup_line_frac"));
    assertThat(filter.apply(Prose.doc(text.toString(), "xyz_Latn"))).isEqualTo(Verdict.KEEP);
  }
}
