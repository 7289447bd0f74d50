package dev.saring.lang.fasttext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.saring.lang.ModelFormatException;
import dev.saring.testing.FastTextCli;
import dev.saring.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastTextModelTest {
  @TempDir
  static Path dir;

  private static final String[][] VOCAB = {
      {"saya", "tidak", "bisa", "uang", "kantor", "karena", "sekarang", "polisi", "bagaimana", "juga"},
      {"saya", "tak", "boleh", "wang", "pejabat", "kerana", "sekarang", "polis", "bagaimana", "juga"},
      {"the", "not", "can", "money", "office", "because", "now", "police", "how", "also"},
      {"ich", "nicht", "kann", "geld", "büro", "weil", "jetzt", "polizei", "wie", "auch"}};
  private static final String[] LABELS = {"id", "ms", "en", "de"};

  /** Sentences of 4 to 12 words of one "language", with a fifth of the words from another. */
  static List<String> sentences(int perLabel, long seed, boolean labelled) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < perLabel; i++) {
      for (int l = 0; l < LABELS.length; l++) {
        StringBuilder sb = new StringBuilder(labelled ? "__label__" + LABELS[l] : "");
        int n = 4 + r.nextInt(9);
        for (int w = 0; w < n; w++) {
          String[] words = VOCAB[r.nextInt(5) == 0 ? r.nextInt(VOCAB.length) : l];
          sb.append(sb.length() > 0 ? " " : "").append(words[r.nextInt(words.length)]);
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** Inputs that exercise the tokenizer's corners. */
  static List<String> oddLines() {
    return List.of("", "   ", "\tsaya\u000Btidak\fbisa\u0000uang", "__label__id saya tidak", "the police now 🚓🚓",
        "日本語のテキストです", "Ünïcödé wörds büro", "x".repeat(5000), "saya  tidak   bisa\t\tuang",
        "a\u00A0b", "polizei polis polisi police");
  }

  private static Path train(String name, String... extra) throws Exception {
    Path data = dir.resolve("train.txt");
    if (!Files.exists(data)) {
      Files.write(data, sentences(150, 1, true), StandardCharsets.UTF_8);
    }
    List<String> args = new ArrayList<>(List.of("supervised", "-input", data.toString(), "-output",
        dir.resolve(name).toString(), "-dim", "8", "-epoch", "5", "-minn", "2", "-maxn", "4", "-bucket", "5000",
        "-thread", "1", "-minCount", "1"));
    args.addAll(List.of(extra));
    FastTextCli.run(dir, args.toArray(String[]::new));
    return dir.resolve(name + ".bin");
  }

  private static void assertSameAsCli(Path model, List<String> lines, int k) throws Exception {
    FastTextModel m = FastTextModel.load(model);
    FastTextModel.Predictor p = m.predictor();
    List<List<Object[]>> ref = FastTextCli.predictProb(model, lines, k);
    assertThat(ref).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      List<FastTextModel.Prediction> ours = p.predict(lines.get(i), k);
      List<Object[]> theirs = ref.get(i);
      assertThat(ours).as("line %d: %s", i, lines.get(i)).hasSize(theirs.size());
      for (int j = 0; j < ours.size(); j++) {
        // Labels of equal probability may come in either order; the probability must match.
        if (j == 0 || Math.abs(ours.get(j).probability() - (Float) theirs.get(j)[1]) > 1e-4) {
          assertThat(ours.get(j).label()).as("line %d rank %d: %s", i, j, lines.get(i)).isEqualTo(theirs.get(j)[0]);
        }
        assertThat((double) ours.get(j).probability()).as("line %d rank %d", i, j)
            .isCloseTo((Float) theirs.get(j)[1], within(1e-4));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hs", "softmax", "ova", "ns"})
  void cliTrainedModels_sameLabelsAndProbabilitiesAsTheCli(String loss) throws Exception {
    FastTextCli.require();
    Path model = train("m-" + loss, "-loss", loss, "-wordNgrams", "2");
    List<String> lines = new ArrayList<>(sentences(40, 2, false));
    lines.addAll(oddLines());
    assertSameAsCli(model, lines, loss.equals("hs") ? 2 : 4);
    FastTextModel m = FastTextModel.load(model);
    assertThat(m.labels()).containsExactlyInAnyOrder("__label__id", "__label__ms", "__label__en", "__label__de");
    assertThat(m.quantized()).isFalse();
    assertThat(m.args().lossName()).isEqualTo(loss);
  }

  @Test
  void quantizedModelWithPrunedVocabularyAndNorms_sameAsTheCli() throws Exception {
    FastTextCli.require();
    Path bin = train("q", "-loss", "softmax", "-wordNgrams", "2");
    FastTextCli.run(dir, "quantize", "-input", dir.resolve("train.txt").toString(), "-output", dir.resolve("q").toString(),
        "-qnorm", "-cutoff", "300", "-dsub", "2", "-retrain", "-epoch", "1", "-thread", "1");
    Path ftz = dir.resolve("q.ftz");
    assertThat(FastTextModel.load(ftz).quantized()).isTrue();
    List<String> lines = new ArrayList<>(sentences(40, 3, false));
    lines.addAll(oddLines());
    assertSameAsCli(ftz, lines, 3);
    assertThat(Files.size(ftz)).isLessThan(Files.size(bin));
  }

  @Test
  void manyLabelsWithAQuantizedOutputLayer_sameAsTheCli() throws Exception {
    FastTextCli.require();
    // 300 labels, each with three words of its own: enough rows to quantize the output layer too (-qout).
    Random r = new Random(5);
    List<String> train = new ArrayList<>();
    List<String> test = new ArrayList<>();
    for (int rep = 0; rep < 12; rep++) {
      for (int l = 0; l < 300; l++) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 6; w++) {
          sb.append(' ').append(r.nextInt(4) == 0 ? "common" + r.nextInt(20) : "w" + l + "x" + r.nextInt(3));
        }
        (rep < 10 ? train : test).add(rep < 10 ? "__label__l" + l + sb : sb.toString().trim());
      }
    }
    Path data = dir.resolve("many.txt");
    Files.write(data, train, StandardCharsets.UTF_8);
    for (String loss : new String[] {"hs", "softmax"}) {
      FastTextCli.run(dir, "supervised", "-input", data.toString(), "-output", dir.resolve("many-" + loss).toString(),
          "-dim", "16", "-epoch", "5", "-minn", "3", "-maxn", "5", "-bucket", "10000", "-thread", "1", "-loss", loss);
      FastTextCli.run(dir, "quantize", "-input", data.toString(), "-output", dir.resolve("many-" + loss).toString(),
          "-qnorm", "-qout", "-dsub", "4", "-thread", "1");
      assertSameAsCli(dir.resolve("many-" + loss + ".ftz"), test.subList(0, 400), 5);
      assertSameAsCli(dir.resolve("many-" + loss + ".bin"), test.subList(0, 100), 5);
    }
  }

  @Test
  void lid176_sameAsTheCliOnRealSentencesOfEveryLanguage() throws Exception {
    FastTextCli.require();
    Path model = SharedData.require("models/lid.176.ftz");
    Path sentences = SharedData.require("data/lid/lingua-sentences");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(sentences)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8).subList(0, 20));
      }
    }
    lines.addAll(oddLines());
    assertSameAsCli(model, lines, 3);
    FastTextModel.Predictor p = FastTextModel.load(model).predictor();
    assertThat(p.predict("Saya tidak tahu apa yang terjadi di kantor polisi kemarin.", 1).get(0).label())
        .isEqualTo("__label__id");
  }

  @Test
  void handWrittenModel_predictsWhatTheArithmeticSays() throws Exception {
    // dim 2, words "</s>" "good" "bad", labels pos/neg, softmax, no subwords: hidden = mean of word rows.
    byte[] model = new ModelBytes()
        .header(2, 1, FastTextArgs.LOSS_SOFTMAX, 0, 0, 0)
        .dictionary(new String[] {"</s>", "good", "bad"}, new String[] {"__label__pos", "__label__neg"})
        .dense(3, 2, 0f, 0f, 2f, 0f, -2f, 0f)
        .dense(2, 2, 1f, 0f, -1f, 0f)
        .bytes();
    FastTextModel m = FastTextModel.read(new ByteArrayInputStream(model), "tiny", model.length);
    FastTextModel.Predictor p = m.predictor();
    // "good" + EOS: hidden = (1, 0); logits (1, -1); softmax 0.8808 / 0.1192.
    List<FastTextModel.Prediction> good = p.predict("good", 2);
    assertThat(good.get(0).label()).isEqualTo("__label__pos");
    assertThat((double) good.get(0).probability()).isCloseTo(Math.exp(1) / (Math.exp(1) + Math.exp(-1)) + 1e-5, within(1e-6));
    List<FastTextModel.Prediction> bad = p.predict("bad bad unknown", 1);
    assertThat(bad.get(0).label()).isEqualTo("__label__neg");
    // Unknown words without subwords add no rows: only EOS remains, which is neutral.
    assertThat((double) p.predict("unknown", 1).get(0).probability()).isCloseTo(0.5 + 1e-5, within(1e-6));
  }

  @Test
  void brokenFiles_areClearErrorsNotCrashes() throws Exception {
    byte[] good = new ModelBytes()
        .header(2, 1, FastTextArgs.LOSS_SOFTMAX, 0, 0, 0)
        .dictionary(new String[] {"</s>", "good"}, new String[] {"__label__a", "__label__b"})
        .dense(2, 2, 1f, 2f, 3f, 4f)
        .dense(2, 2, 1f, 0f, 0f, 1f)
        .bytes();
    for (int cut : new int[] {0, 3, 7, 40, 70, good.length - 1}) {
      byte[] truncated = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> FastTextModel.read(new ByteArrayInputStream(truncated), "cut.bin", truncated.length))
          .isInstanceOf(ModelFormatException.class).hasMessageStartingWith("cut.bin: ");
    }
    byte[] html = "<html>404 Not Found</html>".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> FastTextModel.read(new ByteArrayInputStream(html), "page.bin", html.length))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("not a fastText model");
    // A matrix claiming 2^40 rows must fail on the size check, before allocating anything.
    byte[] hostile = new ModelBytes()
        .header(2, 1, FastTextArgs.LOSS_SOFTMAX, 0, 0, 0)
        .dictionary(new String[] {"</s>"}, new String[] {"__label__a"})
        .denseHeader(1L << 40, 2)
        .bytes();
    assertThatThrownBy(() -> FastTextModel.read(new ByteArrayInputStream(hostile), "big.bin", hostile.length))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("matrix rows");
    byte[] trailing = Arrays.copyOf(good, good.length + 5);
    assertThatThrownBy(() -> FastTextModel.read(new ByteArrayInputStream(trailing), "t.bin", trailing.length))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("unexpected bytes");
  }
}
