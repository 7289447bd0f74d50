package dev.saring.lang;

import dev.saring.lang.ngram.NgramModel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The default language-ID model: Lingua's character n-gram models for 75 languages, converted at build
 * time by the {@code saring-lid-model} module and shipped in its jar. Loaded once per JVM on first use.
 */
public final class DefaultLanguageModel {
  public static final String RESOURCE = "/dev/saring/lang/ngram/default.ngm";

  private DefaultLanguageModel() {}

  private static final class Holder {
    static final NgramModel MODEL = load();
  }

  /** True when the model is on the class path (the saring jar has it; saring-core alone does not). */
  public static boolean available() {
    return DefaultLanguageModel.class.getResource(RESOURCE) != null;
  }

  public static NgramModel get() {
    return Holder.MODEL;
  }

  private static NgramModel load() {
    InputStream raw = DefaultLanguageModel.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("the default language-ID model (" + RESOURCE + ") is not on the class path: "
          + "add the saring-lid-model jar, or use backend: fasttext with a model file");
    }
    try (InputStream in = new BufferedInputStream(raw, 1 << 20)) {
      return NgramModel.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
