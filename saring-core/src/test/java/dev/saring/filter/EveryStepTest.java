package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.pipeline.StepRegistry;
import dev.saring.pipeline.StepSpec;
import dev.saring.step.Step;
import dev.saring.testing.TinyLanguageModel;
import dev.saring.step.Verdict;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random and hostile text through every registered step: a verdict, never an exception. */
class EveryStepTest {
  private static final List<String> LANGUAGES = List.of("und", "eng_Latn", "ind_Latn", "cmn_Hani", "tha_Thai",
      "jpn_Jpan", "arb_Arab");

  @Test
  void randomUnicode_neverThrows() {
    SplittableRandom random = new SplittableRandom(3);
    for (StepSpec<?> spec : StepRegistry.standard().all()) {
      Step step = spec.create(spec.bind(Map.of()), TinyLanguageModel.context());
      for (int i = 0; i < 300; i++) {
        Document doc = new Document("r" + i, randomText(random));
        doc.metadata().put(Document.LANGUAGE, LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        Verdict v = step.apply(doc);
        assertThat(v).as(spec.name()).isNotNull();
      }
    }
  }

  @Test
  void hostileShapes_neverThrow() {
    List<String> texts = List.of("", "\n\n\n", "a", "#".repeat(100_000), "\uD800", "[".repeat(50_000),
        "word ".repeat(200_000), "x".repeat(2_000_000), "line\n".repeat(100_000), "@@@.@@@ 1.1.1.1.1.1 ::::::",
        "\u0000\u0001\u0002", "…".repeat(1000));
    for (StepSpec<?> spec : StepRegistry.standard().all()) {
      Step step = spec.create(spec.bind(Map.of()), TinyLanguageModel.context());
      for (String text : texts) {
        Document doc = new Document("h", text);
        assertThat(step.apply(doc)).as(spec.name()).isNotNull();
      }
    }
  }

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(400);
    for (int i = 0; i < len; i++) {
      switch (r.nextInt(8)) {
        case 0 -> sb.append('\n');
        case 1 -> sb.append(' ');
        case 2 -> sb.append(".!?#…-•@:".charAt(r.nextInt(9)));
        case 3 -> sb.appendCodePoint(0x4E00 + r.nextInt(200));
        case 4 -> sb.append((char) r.nextInt(0x10000));
        default -> sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }
}
