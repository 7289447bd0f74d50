package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.text.TextAnalysis;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounds that let the repetition filter skip its n-gram passes must never fall under the exact values. */
class NGramCounterTest {
  @Test
  void bounds_neverUnderTheExactValues_onRepetitiveRandomText() {
    SplittableRandom random = new SplittableRandom(17);
    String[] words = {"the", "cat", "sat", "on", "a", "mat", ",", ".", "dan", "yang", "di", "rumah"};
    NGramCounter counter = new NGramCounter();
    for (int round = 0; round < 400; round++) {
      StringBuilder sb = new StringBuilder();
      int vocabulary = 2 + random.nextInt(words.length - 1);
      for (int k = random.nextInt(300); k > 0; k--) {
        sb.append(words[random.nextInt(vocabulary)]).append(random.nextInt(8) == 0 ? "\n" : " ");
        if (random.nextInt(20) == 0) {
          sb.append("unik").append(round).append('x').append(k).append(' ');
        }
      }
      TextAnalysis a = TextAnalysis.of(sb.toString(), "eng_Latn");
      counter.reset(a);
      for (int n = 2; n <= 4; n++) {
        assertThat(counter.topNGramCharsBound(n)).isGreaterThanOrEqualTo(counter.topNGramChars(n));
      }
      for (double limit : new double[] {0, 10, 1_000}) {
        counter.reset(a);
        double bound = counter.duplicateNGramCharsBound(10, limit);
        for (int n = 5; n <= 10; n++) {
          assertThat(bound).as("round %d n %d limit %s", round, n, limit)
              .isGreaterThanOrEqualTo(counter.duplicateNGramChars(n));
        }
      }
    }
  }

  @Test
  void duplicateBound_isZeroWithoutRepeats_andCoversARepeat() {
    NGramCounter counter = new NGramCounter();
    counter.reset(TextAnalysis.of("one two three four five six seven eight nine ten", "eng_Latn"));
    assertThat(counter.duplicateNGramCharsBound(10, 0)).isZero();
    counter.reset(TextAnalysis.of("a b c d e f g h a b c d e f g h", "eng_Latn"));
    assertThat(counter.duplicateNGramChars(5)).as("abcde again, then fgh is too short").isEqualTo(5);
    assertThat(counter.duplicateNGramCharsBound(10, 100)).isGreaterThanOrEqualTo(5);
  }
}
