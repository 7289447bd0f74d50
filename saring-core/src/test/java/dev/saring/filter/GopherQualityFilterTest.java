package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.pipeline.OptionsBinder;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GopherQualityFilterTest {
  private final GopherQualityFilter filter = new GopherQualityFilter(GopherQualityFilter.Options.DEFAULTS);

  private Verdict english(String text) {
    return filter.apply(Prose.doc(text, "eng_Latn"));
  }

  @Test
  void apply_ordinaryProse_isKept() {
    assertThat(english(Prose.ENGLISH)).isEqualTo(Verdict.KEEP);
    assertThat(filter.apply(Prose.doc(Prose.INDONESIAN, "ind_Latn"))).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_fewerThanFiftyWords_dropsWithMinWords() {
    assertThat(english("The council voted on Tuesday to extend the opening hours of the library."))
        .isEqualTo(Verdict.drop("min_words"));
  }

  @Test
  void apply_moreThanMaxWords_dropsWithMaxWords() {
    GopherQualityFilter f = new GopherQualityFilter(
        OptionsBinder.bind("t", GopherQualityFilter.Options.DEFAULTS, Map.of("max_words", 100)));
    assertThat(f.apply(Prose.doc(Prose.ENGLISH, "eng_Latn"))).isEqualTo(Verdict.drop("max_words"));
  }

  @Test
  void apply_shortWords_dropsWithMinAvgWordLength() {
    assertThat(english("it is on to be or go as we do so at an ".repeat(6) + "the and with.")).isEqualTo(
        Verdict.drop("min_avg_word_length"));
  }

  @Test
  void apply_longWords_dropsWithMaxAvgWordLength() {
    assertThat(english("internationalization telecommunications ".repeat(30) + "the and with."))
        .isEqualTo(Verdict.drop("max_avg_word_length"));
  }

  @Test
  void apply_hashtags_dropsWithMaxHashRatio() {
    assertThat(english(Prose.ENGLISH + "\n" + "#news #city #library #council ".repeat(6)))
        .isEqualTo(Verdict.drop("max_hash_ratio"));
  }

  @Test
  void apply_ellipses_dropsWithMaxEllipsisRatio() {
    assertThat(english(Prose.ENGLISH.replace(",", "... and").replace(".", "..."))).isEqualTo(
        Verdict.drop("max_ellipsis_ratio"));
  }

  @Test
  void apply_bulletList_dropsWithMaxBulletLinesRatio() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      list.append("• the council will review the budget for the library and the park\n");
    }
    assertThat(english(list.toString())).isEqualTo(Verdict.drop("max_bullet_lines_ratio"));
  }

  @Test
  void apply_truncatedLines_dropsWithMaxEllipsisLinesRatio() {
    StringBuilder teasers = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      teasers.append("The council voted on Tuesday to extend the opening hours of the public library and to…\n");
    }
    assertThat(english(teasers + Prose.ENGLISH)).isEqualTo(Verdict.drop("max_ellipsis_lines_ratio"));
  }

  @Test
  void apply_mostlyNumbers_dropsWithMinAlphaWordsRatio() {
    assertThat(english(Prose.ENGLISH + "\n" + "2024 15 30 45 60 75 90 105 120 135 ".repeat(8)))
        .isEqualTo(Verdict.drop("min_alpha_words_ratio"));
  }

  @Test
  void apply_alphaRatioOfWords_leavesPunctuationOutOfTheCount() {
    // 176 words, 146 with a letter (0.83 of words), but only 0.70 of all tokens once commas count.
    String numbers = "Inflasi naik 2,5 persen, 3,1 persen, 4,2 persen, 5,7 persen dan 6,3 persen. ".repeat(2);
    String text = Prose.INDONESIAN + "\n" + numbers.repeat(3);
    GopherQualityFilter words = new GopherQualityFilter(
        OptionsBinder.bind("t", GopherQualityFilter.Options.DEFAULTS, Map.of("alpha_ratio_of", "words")));
    assertThat(filter.apply(Prose.doc(text, "ind_Latn"))).isEqualTo(Verdict.drop("min_alpha_words_ratio"));
    assertThat(words.apply(Prose.doc(text, "ind_Latn"))).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_noStopWords_dropsWithMinStopWords() {
    assertThat(english("Council voted Tuesday extending library hours for students ".repeat(9) + "today."))
        .isEqualTo(Verdict.drop("min_stop_words"));
  }

  @Test
  void apply_indonesianWithoutItsStopWords_dropsWithMinStopWords() {
    String noStopWords = "Pemerintah kota memperpanjang jam buka perpustakaan umum mulai bulan depan. ".repeat(8);
    assertThat(filter.apply(Prose.doc(noStopWords, "ind_Latn"))).isEqualTo(Verdict.drop("min_stop_words"));
  }

  @Test
  void apply_chineseText_countsWordsBySegmentationNotSpaces() {
    String chinese = "市议会周二投票决定延长公共图书馆的开放时间，这是学生和在职父母多年来一直要求的改变。"
        + "根据新计划，总馆将在工作日开放到晚上九点，并且自大楼翻修以来首次在星期日下午开放。"
        + "议员们表示，额外员工的费用将由新供暖系统节省下来的资金支付。";
    assertThat(filter.apply(Prose.doc(chinese, "cmn_Hani"))).isEqualTo(Verdict.KEEP);
    assertThat(dev.saring.text.TextAnalysis.of(chinese, "cmn_Hani").wordCount()).isGreaterThan(50);
  }
}
