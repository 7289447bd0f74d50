package dev.saring.testing;

import dev.saring.lang.ngram.NgramModel;
import dev.saring.lang.ngram.NgramModelWriter;
import dev.saring.step.StepContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small n-gram language model counted from a few sentences per language, for tests of saring-core, which
 * does not have the built-in model on its class path (saring-lid-model does).
 */
public final class TinyLanguageModel {
  public static final Map<String, String> TRAINING = Map.of(
      "eng_Latn", "the weather was cold and the children stayed inside the house while their mother was cooking "
          + "dinner for the whole family and the father was reading the newspaper about the election results",
      "deu_Latn", "das wetter war kalt und die kinder blieben im haus während ihre mutter das abendessen für die "
          + "ganze familie kochte und der vater die zeitung über die wahlergebnisse las",
      "ind_Latn", "cuaca sangat dingin dan anak anak tinggal di dalam rumah sementara ibu mereka memasak makan "
          + "malam untuk seluruh keluarga dan ayah membaca koran tentang hasil pemilihan",
      "rus_Cyrl", "погода была холодной и дети остались дома пока их мать готовила ужин для всей семьи а отец "
          + "читал газету о результатах выборов");

  private static NgramModel model;

  private TinyLanguageModel() {}

  public static synchronized NgramModel get() {
    if (model == null) {
      try {
        model = NgramModel.read(new ByteArrayInputStream(bytes(TRAINING)), "tiny.ngm");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /** A step context whose default language model is this one. */
  public static StepContext context() {
    StepContext c = StepContext.standalone();
    c.shared("lid:default", TinyLanguageModel::get);
    return c;
  }

  /** Conditional probabilities P(last | rest) of every 1..5-gram inside words, counted from {@code corpus}. */
  public static byte[] bytes(Map<String, String> corpus) {
    List<String> langs = corpus.keySet().stream().sorted().toList();
    NgramModelWriter w = new NgramModelWriter(langs, 5);
    for (int l = 0; l < langs.size(); l++) {
      Map<String, Integer> counts = new HashMap<>();
      for (String word : corpus.get(langs.get(l)).split(" ")) {
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
          for (int n = 1; n <= 5 && i + n <= cps.length; n++) {
            counts.merge(new String(cps, i, n), 1, Integer::sum);
          }
        }
      }
      int unigrams = counts.entrySet().stream().filter(e -> e.getKey().codePointCount(0, e.getKey().length()) == 1)
          .mapToInt(Map.Entry::getValue).sum();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        String g = e.getKey();
        int n = g.codePointCount(0, g.length());
        double denom = n == 1 ? unigrams : counts.get(g.substring(0, g.offsetByCodePoints(0, n - 1)));
        w.add(l, g, e.getValue() / denom);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
