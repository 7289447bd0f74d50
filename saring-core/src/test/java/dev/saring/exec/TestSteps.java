package dev.saring.exec;

import dev.saring.document.Document;
import dev.saring.pipeline.StepRegistry;
import dev.saring.pipeline.StepSpec;
import dev.saring.step.Step;
import dev.saring.step.Verdict;

/** Small steps for executor tests, registered by hand like real ones. */
final class TestSteps {
  /** Options of the test steps: the word they react to. */
  record Word(String word) {
    static final Word DEFAULTS = new Word("DROPME");
  }

  private TestSteps() {}

  static StepRegistry registry() {
    return StepRegistry.standard()
        .put(new StepSpec<>("drop_word", "drops documents containing a word", Word.DEFAULTS,
            (o, c) -> step("drop_word", d -> d.text().contains(o.word()) ? Verdict.drop("has_word") : Verdict.KEEP)))
        .put(new StepSpec<>("explode", "throws on documents containing a word", new Word("BOOM"),
            (o, c) -> step("explode", d -> {
              if (d.text().contains(o.word())) {
                throw new IllegalStateException("boom in " + d.id());
              }
              return Verdict.KEEP;
            })))
        .put(new StepSpec<>("tag_language", "sets metadata.language from the first word", Word.DEFAULTS,
            (o, c) -> step("tag_language", d -> {
              d.metadata().put(Document.LANGUAGE, d.text().split(" ", 2)[0]);
              return Verdict.KEEP;
            })));
  }

  private static Step step(String name, java.util.function.Function<Document, Verdict> f) {
    return new Step() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Verdict apply(Document doc) {
        return f.apply(doc);
      }
    };
  }
}
