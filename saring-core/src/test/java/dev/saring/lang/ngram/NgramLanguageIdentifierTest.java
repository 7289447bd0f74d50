package dev.saring.lang.ngram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saring.lang.LanguageGuess;
import dev.saring.lang.ModelFormatException;
import dev.saring.testing.TinyLanguageModel;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A model counted from a few sentences per language ({@link TinyLanguageModel}) exercises the real code path. */
class NgramLanguageIdentifierTest {
  static byte[] modelBytes;
  static NgramModel model;

  @BeforeAll
  static void build() throws Exception {
    modelBytes = TinyLanguageModel.bytes(TinyLanguageModel.TRAINING);
    model = NgramModel.read(new ByteArrayInputStream(modelBytes), "test.ngm");
  }

  @Test
  void unseenSentences_identifiedByTheirCharacterStatistics() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    assertThat(id.identify("The children were reading about the weather.", 1).get(0).code()).isEqualTo("eng_Latn");
    assertThat(id.identify("Die Kinder lasen über das Wetter.", 1).get(0).code()).isEqualTo("deu_Latn");
    assertThat(id.identify("Anak-anak membaca tentang cuaca.", 1).get(0).code()).isEqualTo("ind_Latn");
    assertThat(id.identify("Дети читали о погоде.", 1).get(0).code()).isEqualTo("rus_Cyrl");
  }

  @Test
  void probabilities_rankedAndSummingToOne() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    List<LanguageGuess> all = id.identify("the family was reading", 10);
    assertThat(all).hasSize(4);
    assertThat(all.stream().mapToDouble(LanguageGuess::probability).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).probability()).isLessThanOrEqualTo(all.get(i - 1).probability());
    }
    // A short ambiguous text is less certain than a long clear one.
    double shortP = id.identify("das", 1).get(0).probability();
    double longP = id.identify("die kinder blieben im haus während ihre mutter kochte", 1).get(0).probability();
    assertThat(longP).isGreaterThan(shortP);
  }

  @Test
  void restrictedToSomeLanguages_answersOnlyThose() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model, NgramLanguageIdentifier.Tuning.DEFAULT,
        List.of("ind_Latn", "deu_Latn"));
    assertThat(id.languages()).containsExactly("deu_Latn", "ind_Latn");
    assertThat(id.identify("the weather was cold", 5)).extracting(LanguageGuess::code)
        .containsOnly("deu_Latn", "ind_Latn");
  }

  @Test
  void textsLongerThanAChunk_scoreTheSameAsTheirPartsAdded() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    String word = "kinder ";
    id.score(word.repeat(100));
    double[] once = Arrays.copyOf(id.scoresForTest(), 4);
    id.score(word.repeat(200)); // 1,200 letters: several chunks
    double[] twice = id.scoresForTest();
    for (int i = 0; i < 4; i++) {
      assertThat(twice[i]).isCloseTo(2 * once[i], org.assertj.core.data.Offset.offset(1e-6 * Math.abs(once[i]) + 1e-9));
    }
  }

  /**
   * The word cache against scoring every letter from the tables: texts of known and random words in three
   * scripts, words over the cached length, astral letters, texts cut mid-word at the read limit, and enough
   * new words that the cache fills up mid-text and the text is scored again.
   */
  @Test
  void cachedWordScores_equalScoringEveryLetter() {
    NgramLanguageIdentifier.Tuning tuning = NgramLanguageIdentifier.Tuning.DEFAULT;
    NgramLanguageIdentifier cached = new NgramLanguageIdentifier(model, tuning, null, true);
    NgramLanguageIdentifier direct = new NgramLanguageIdentifier(model, tuning, null, false);
    List<String> known = TinyLanguageModel.TRAINING.values().stream()
        .flatMap(t -> Arrays.stream(t.split(" "))).toList();
    String[] alphabets = {"abcdefghijklmnopqrstuvwxyzäöüß", "абвгдеёжзийклмнопрстуфхцчшщыэюя", "𝐀𝐁𝐂ĲǅΣ"};
    String[] separators = {" ", " ", " ", ", ", ".\n", "-", "3", "😀", "\u0000"};
    java.util.Random random = new java.util.Random(11);
    boolean emptiedMidText = false;
    for (int t = 0; t < 80; t++) {
      StringBuilder text = new StringBuilder();
      int target = t % 10 == 9 ? 30_000 : 1 + random.nextInt(22_000);
      while (text.length() < target) {
        int kind = random.nextInt(10);
        if (kind < 3) {
          String w = known.get(random.nextInt(known.size()));
          text.append(random.nextInt(8) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
        } else {
          String alphabet = alphabets[random.nextInt(alphabets.length)];
          int[] letters = alphabet.codePoints().toArray();
          int n = kind == 9 ? 41 + random.nextInt(60) : 1 + random.nextInt(12);
          for (int i = 0; i < n; i++) {
            text.appendCodePoint(letters[random.nextInt(letters.length)]);
          }
        }
        text.append(separators[random.nextInt(separators.length)]);
      }
      if (t % 10 == 9) {
        text.append("kinder".repeat(5_000)); // a word the read limit cuts
      }
      int before = cached.cachedWordsForTest();
      int letters = cached.score(text);
      double[] fromCache = Arrays.copyOf(cached.scoresForTest(), 4);
      emptiedMidText |= cached.cachedWordsForTest() < before;
      assertThat(direct.score(text)).isEqualTo(letters);
      double[] fromTables = direct.scoresForTest();
      for (int l = 0; l < 4; l++) {
        assertThat(fromCache[l]).as("text %d language %d", t, l)
            .isCloseTo(fromTables[l], org.assertj.core.data.Offset.offset(1e-9 * Math.abs(fromTables[l]) + 1e-9));
      }
    }
    assertThat(emptiedMidText).as("the cache filled up within a text at least once").isTrue();
  }

  @Test
  void noLettersOrUnknownScript_noGuessOrAFlatOne() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    assertThat(id.identify("", 3)).isEmpty();
    assertThat(id.identify("12345 !!! ---", 3)).isEmpty();
    // Letters no language has seen: every language gets the same floor.
    List<LanguageGuess> thai = id.identify("ภาษาไทย", 4);
    assertThat(thai.get(0).probability()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void hugeAndHostileText_boundedWork() {
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    String huge = "die kinder ".repeat(500_000);
    assertThat(id.identify(huge, 1).get(0).code()).isEqualTo("deu_Latn");
    assertThat(id.identify("\uD800\uDC00\uD800 \u0000 kinder \uFFFF", 1).get(0).code()).isEqualTo("deu_Latn");
  }

  @Test
  void brokenModelFiles_areClearErrors() {
    for (int cut : new int[] {0, 3, 10, modelBytes.length / 2, modelBytes.length - 1}) {
      byte[] b = Arrays.copyOf(modelBytes, cut);
      assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(b), "cut.ngm"))
          .isInstanceOf(java.io.IOException.class);
    }
    byte[] other = "PK\u0003\u0004 not a model".getBytes();
    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(other), "x.ngm"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("not a saring n-gram model");
    byte[] trailing = Arrays.copyOf(modelBytes, modelBytes.length + 3);
    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(trailing), "t.ngm"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("unexpected bytes");
  }
}
