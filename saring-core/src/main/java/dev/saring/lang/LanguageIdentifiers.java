package dev.saring.lang;

import dev.saring.lang.fasttext.FastTextModel;
import dev.saring.lang.ngram.NgramLanguageIdentifier;
import dev.saring.lang.ngram.NgramModel;
import dev.saring.step.StepContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Builds the identifier a {@code lid} step or command asks for; models are loaded once per run and shared. */
public final class LanguageIdentifiers {
  private LanguageIdentifiers() {}

  /** The built-in n-gram identifier over the default model, optionally restricted to {@code languages}. */
  public static LanguageIdentifier ngram(StepContext context, List<String> languages) {
    NgramModel model = context.shared("lid:default", DefaultLanguageModel::get);
    return new NgramLanguageIdentifier(model, NgramLanguageIdentifier.Tuning.DEFAULT, languages);
  }

  /** A fastText identifier over a model file, or a known model pulled into the store. */
  public static LanguageIdentifier fastText(StepContext context, String nameOrPath) {
    Path file;
    try {
      file = ModelStore.standard().resolve(nameOrPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FastTextModel model = context.shared("fasttext:" + file.toAbsolutePath().normalize(), () -> {
      try {
        return FastTextModel.load(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new FastTextLanguageIdentifier(model);
  }

  public static LanguageIdentifier create(LidStep.Options o, StepContext context) {
    return o.backend().equals("fasttext") ? fastText(context, o.model()) : ngram(context, o.languages());
  }
}
