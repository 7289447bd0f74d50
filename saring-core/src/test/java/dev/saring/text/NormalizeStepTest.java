package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.step.Verdict;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalizeStepTest {
  private final NormalizeStep step = new NormalizeStep(NormalizeStep.Options.DEFAULTS);

  @Test
  void apply_messyWhitespace_isNormalizedAndKept() {
    Document doc = new Document("d", "  Halo\u00A0\u00A0dunia \r\n\r\n\r\n\u0007Apa\tkabar?  \n\n");
    assertThat(step.apply(doc)).isEqualTo(Verdict.KEEP);
    assertThat(doc.text()).isEqualTo("Halo dunia\n\nApa kabar?");
  }

  @Test
  void apply_composesToNfc() {
    Document doc = new Document("d", "Cafe\u0301 and Hu\u0308gel");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("Café and Hügel");
  }

  @Test
  void apply_removesC1ControlsBomsAndLoneSurrogates_keepsEmoji() {
    Document doc = new Document("d", "a\u0085b\u0096c\uFEFFd\uD800e \uD83D\uDE00");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("a\nbcde \uD83D\uDE00");
  }

  @Test
  void apply_lineAndParagraphSeparators_becomeNewlines() {
    Document doc = new Document("d", "one\u2028two\u2029\u2029\u2029three\u000Bfour");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("one\ntwo\n\nthree\nfour");
  }

  @Test
  void apply_onlyWhitespace_isDroppedAsEmpty() {
    Document doc = new Document("d", " \u3000\t\r\n\u0000 ");
    assertThat(step.apply(doc)).isEqualTo(Verdict.drop("empty"));
  }

  @Test
  void apply_maxNewlinesOne_joinsParagraphsWithSingleNewline() {
    NormalizeStep tight = new NormalizeStep(new NormalizeStep.Options(true, true, 1, true));
    Document doc = new Document("d", "a\n\n\nb");
    tight.apply(doc);
    assertThat(doc.text()).isEqualTo("a\nb");
  }

  @Test
  void apply_randomUnicode_neverThrowsAndIsIdempotent() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        sb.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
      }
      Document doc = new Document("r", sb.toString());
      step.apply(doc);
      String once = doc.text();
      step.apply(doc);
      assertThat(doc.text()).isEqualTo(once);
    }
  }
}
