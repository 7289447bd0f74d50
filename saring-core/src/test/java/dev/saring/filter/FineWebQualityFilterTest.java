package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.pipeline.OptionsBinder;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FineWebQualityFilterTest {
  private final FineWebQualityFilter filter = new FineWebQualityFilter(FineWebQualityFilter.Options.DEFAULTS);

  private Verdict english(String text) {
    return filter.apply(Prose.doc(text, "eng_Latn"));
  }

  @Test
  void apply_ordinaryProse_isKept() {
    assertThat(english(Prose.ENGLISH)).isEqualTo(Verdict.KEEP);
    assertThat(filter.apply(Prose.doc(Prose.INDONESIAN, "ind_Latn"))).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_blankText_dropsWithEmpty() {
    assertThat(english(" \n \n")).isEqualTo(Verdict.drop("empty"));
  }

  @Test
  void apply_linesWithoutFinalPunctuation_dropsWithLinePunctRatio() {
    assertThat(english("Home\nNews about the library and its new opening hours\nSports results from the weekend\n"
        + "Weather for the coming week in the city and the valley\nContact the newsroom by mail or phone"))
        .isEqualTo(Verdict.drop("line_punct_ratio"));
  }

  @Test
  void apply_manyShortLines_dropsWithShortLineRatio() {
    assertThat(english("Yes.\nNo.\nMaybe.\nTomorrow.\n" + Prose.ENGLISH.replace("\n\n", " ")))
        .isEqualTo(Verdict.drop("short_line_ratio"));
  }

  @Test
  void apply_repeatedLines_dropsWithCharDupRatio() {
    String line = "Subscribe to our newsletter for the latest news.";
    assertThat(english(Prose.ENGLISH + "\n" + line + "\n" + line)).isEqualTo(Verdict.drop("char_dup_ratio"));
    FineWebQualityFilter fineweb2 = new FineWebQualityFilter(OptionsBinder.bind("t",
        FineWebQualityFilter.Options.DEFAULTS, Map.of("char_duplicates_ratio", 0.1)));
    assertThat(fineweb2.apply(Prose.doc(Prose.ENGLISH + "\n" + line + "\n" + line, "eng_Latn"))).isEqualTo(
        Verdict.KEEP);
  }

  @Test
  void apply_oneItemPerLine_dropsWithListRatio() {
    StringBuilder list = new StringBuilder();
    for (String item : new String[] {"Apples", "Pears", "Plums", "Grapes", "Melons", "Lemons", "Limes",
        "Cherries", "Peaches", "Apricots", "Figs", "Dates"}) {
      list.append(item).append(".\n");
    }
    FineWebQualityFilter noShort = new FineWebQualityFilter(OptionsBinder.bind("t",
        FineWebQualityFilter.Options.DEFAULTS, Map.of("short_line_thr", 999)));
    assertThat(noShort.apply(Prose.doc(list.toString(), "eng_Latn"))).isEqualTo(Verdict.drop("list_ratio"));
  }

  @Test
  void apply_closingQuoteAfterFullStop_endsTheLine() {
    String quoted = "“The library will stay open until nine in the evening on weekdays,” she said.”\n"
        + "“We have asked for this for years and it finally happened.”\n"
        + "“It is good news for students, for parents and for everyone who works late.”";
    assertThat(english(quoted)).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_japaneseFullStops_endTheLine() {
    String japanese = "市内を流れる川の両岸に続く桜並木が満開となり、週末には多くの人が訪れました。\n"
        + "今年は三月の気温が平年より高かったため、開花は去年より五日ほど早まったということです。\n"
        + "市は混雑を避けるため、公共交通機関を利用して訪れるよう呼びかけています。";
    assertThat(filter.apply(Prose.doc(japanese, "jpn_Jpan"))).isEqualTo(Verdict.KEEP);
  }
}
