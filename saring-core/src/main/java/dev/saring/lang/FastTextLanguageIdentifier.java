package dev.saring.lang;

import dev.saring.lang.fasttext.FastTextModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Language ID through a fastText model (lid.176, GlotLID, OpenLID): the model's labels mapped to saring's
 * codes ({@code __label__ms} to {@code zsm_Latn}; GlotLID's {@code __label__ind_Latn} as is). Newlines
 * count as spaces, as fastText's Python binding requires.
 */
public final class FastTextLanguageIdentifier implements LanguageIdentifier {
  private final FastTextModel model;
  private final FastTextModel.Predictor predictor;
  private final String[] codes;
  private final int[] ids;
  private final float[] probs;

  public FastTextLanguageIdentifier(FastTextModel model) {
    this.model = model;
    this.predictor = model.predictor();
    this.codes = model.labels().stream().map(LanguageCodes::fromLabel).toArray(String[]::new);
    this.ids = new int[model.labels().size()];
    this.probs = new float[model.labels().size()];
  }

  @Override
  public List<LanguageGuess> identify(CharSequence text, int k) {
    int n = predictor.predict(text, Math.max(1, k), 0f, ids, probs);
    List<LanguageGuess> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new LanguageGuess(codes[ids[i]], Math.min(1.0, probs[i])));
    }
    return out;
  }

  @Override
  public List<String> languages() {
    return List.of(codes);
  }

  public FastTextModel model() {
    return model;
  }
}
