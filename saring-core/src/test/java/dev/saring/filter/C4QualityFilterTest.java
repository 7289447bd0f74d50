package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.pipeline.OptionsBinder;
import dev.saring.step.RemovedLines;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class C4QualityFilterTest {
  private static C4QualityFilter c4(Map<String, Object> options) {
    return new C4QualityFilter(OptionsBinder.bind("t", C4QualityFilter.Options.DEFAULTS, options));
  }

  private final C4QualityFilter datatrove = c4(Map.of());
  private final C4QualityFilter paper = c4(Map.of("variant", "paper"));

  @SuppressWarnings("unchecked")
  private static List<String> removedReasons(Document doc) {
    Object list = doc.metadata().get(RemovedLines.KEY);
    return list == null ? List.of() : ((List<Map<String, Object>>) list).stream()
        .map(m -> (String) m.get("reason")).toList();
  }

  @Test
  void apply_proseWithBoilerplateLines_keepsProseRemovesLinesWithReasons() {
    Document doc = Prose.doc("Home\n" + Prose.ENGLISH + "\nPlease enable JavaScript to view the comments.\n"
        + "Read our privacy policy and terms of use before you continue.\nShare this:\nA truly "
        + "x".repeat(1001) + " word.\nThe staff were told [12] about it [citation needed].", "eng_Latn");

    assertThat(datatrove.apply(doc)).isEqualTo(Verdict.KEEP);

    assertThat(doc.text()).startsWith("The city council voted").doesNotContain("Home").doesNotContain("[12]")
        .contains("The staff were told  about it .").doesNotContain("\n\n");
    assertThat(removedReasons(doc)).containsExactly("no_terminal_punct", "javascript", "policy",
        "no_terminal_punct", "too_long_word");
  }

  @Test
  void apply_loremIpsum_dropsThePage() {
    assertThat(datatrove.apply(Prose.doc(Prose.ENGLISH + "\nLorem ipsum dolor sit amet, consectetur adipiscing.",
        "eng_Latn"))).isEqualTo(Verdict.drop("lorem_ipsum"));
  }

  @Test
  void apply_curlyBracket_dropsThePage() {
    assertThat(datatrove.apply(Prose.doc(Prose.ENGLISH + "\nfunction hide() { return the value of the element; }.",
        "eng_Latn"))).isEqualTo(Verdict.drop("curly_bracket"));
  }

  @Test
  void apply_fewSentences_dropsWithTooFewSentences_dependingOnVariant() {
    String four = "The library opens at nine. It closes at nine in the evening. Students asked for it. "
        + "The council agreed on Tuesday.";
    assertThat(datatrove.apply(Prose.doc(four, "eng_Latn"))).isEqualTo(Verdict.drop("too_few_sentences"));
    assertThat(paper.apply(Prose.doc(four, "eng_Latn"))).isEqualTo(Verdict.KEEP);
  }

  @Test
  void apply_fourWordLines_keptByDatatroveRemovedByPaper() {
    String text = Prose.ENGLISH + "\nThe library reopened today.";
    Document a = Prose.doc(text, "eng_Latn");
    Document b = Prose.doc(text, "eng_Latn");
    datatrove.apply(a);
    paper.apply(b);
    assertThat(a.text()).endsWith("The library reopened today.");
    assertThat(removedReasons(b)).containsExactly("too_few_words");
  }

  @Test
  void lineRules_quirks_closingQuoteEndsEllipsisDoesNot() {
    C4LineRules rules = new C4LineRules(true, true, 3, 1000, true, true, true);
    assertThat(rules.check("“We waited for this for years.”", "eng_Latn").kept()).isTrue();
    assertThat(rules.check("He said it was 'fine'", "eng_Latn").kept()).isTrue();
    assertThat(rules.check("And then the lights went out...", "eng_Latn").reason()).isEqualTo("no_terminal_punct");
    assertThat(rules.check("And then the lights went out…", "eng_Latn").reason()).isEqualTo("no_terminal_punct");
    assertThat(rules.check("Dia bertanya, apakah perpustakaan buka?", "ind_Latn").kept()).isTrue();
  }

  @Test
  void lineRules_chineseCountsWordsBySegmentation() {
    C4LineRules rules = new C4LineRules(true, true, 3, 1000, true, true, true);
    assertThat(rules.check("市议会周二投票决定延长图书馆的开放时间。", "cmn_Hani").kept()).isTrue();
  }

  @Test
  void apply_withoutTerminalPunctRule_asFineWebRanIt_keepsUnpunctuatedLines() {
    C4QualityFilter fineweb = c4(Map.of("filter_no_terminal_punct", false));
    Document doc = Prose.doc(Prose.ENGLISH + "\nThe library reopened on Saturday with a new wing", "eng_Latn");
    assertThat(fineweb.apply(doc)).isEqualTo(Verdict.KEEP);
    assertThat(doc.text()).endsWith("with a new wing");
  }
}
