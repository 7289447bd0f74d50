package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.pipeline.StepRegistry;
import dev.saring.pipeline.StepSpec;
import dev.saring.step.Step;
import dev.saring.testing.TinyLanguageModel;
import dev.saring.step.Verdict;
import dev.saring.step.CorpusStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random and hostile text through every registered step: a verdict, never an exception. */
class EveryStepTest {
  private static final List<String> LANGUAGES = List.of("und", "eng_Latn", "ind_Latn", "cmn_Hani", "tha_Thai",
      "jpn_Jpan", "arb_Arab");

  @TempDir
  Path dir;

  @Test
  void randomUnicode_neverThrows() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(randomText(random));
    }
    for (StepSpec<?> spec : StepRegistry.standard().all()) {
      Step step = ready(spec.create(spec.bind(Map.of()), TinyLanguageModel.context()), texts, spec.name());
      for (int i = 0; i < texts.size(); i++) {
        Verdict v = step.apply(doc(i, texts.get(i)));
        assertThat(v).as(spec.name()).isNotNull();
      }
    }
  }

  @Test
  void hostileShapes_neverThrow() throws IOException {
    List<String> texts = List.of("", "\n\n\n", "a", "#".repeat(100_000), "\uD800", "[".repeat(50_000),
        "word ".repeat(200_000), "x".repeat(2_000_000), "line\n".repeat(100_000), "@@@.@@@ 1.1.1.1.1.1 ::::::",
        "\u0000\u0001\u0002", "…".repeat(1000));
    for (StepSpec<?> spec : StepRegistry.standard().all()) {
      Step step = ready(spec.create(spec.bind(Map.of()), TinyLanguageModel.context()), texts, spec.name() + "-h");
      for (int i = 0; i < texts.size(); i++) {
        assertThat(step.apply(doc(i, texts.get(i)))).as(spec.name()).isNotNull();
      }
    }
  }

  private static Document doc(int i, String text) {
    Document doc = new Document("r" + i, text);
    doc.metadata().put(Document.LANGUAGE, LANGUAGES.get(i % LANGUAGES.size()));
    doc.metadata().put("url", i % 5 == 0 ? "not a url %%" : "https://site" + (i % 3) + ".example.com/p/" + i);
    return doc;
  }

  /** A corpus step sees the same documents in its census first, as the executor arranges. */
  private Step ready(Step step, List<String> texts, String name) throws IOException {
    if (step instanceof CorpusStep c) {
      Path d = Files.createDirectories(dir.resolve(name));
      try (CorpusStep.Census census = c.census(d, "s0")) {
        for (int i = 0; i < texts.size(); i++) {
          census.observe(doc(i, texts.get(i)));
        }
      }
      c.conclude(d);
      c.prepare(d, "s0");
    }
    return step;
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
