package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoilerplateLexiconTest {
  @Test
  void exceedsWords_agreesWithTheWordsOfTheNormalizedLine() {
    String alphabet = "ab •·*-–—»›>| \t\n\u00A0\u2019İ";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int words = BoilerplateLexicon.wordCount(BoilerplateLexicon.normalize(line.toString()));
      for (int limit = 0; limit < 8; limit++) {
        assertThat(BoilerplateLexicon.exceedsWords(line.toString(), limit)).as("'%s' limit %d", line, limit)
            .isEqualTo(words > limit);
      }
    }
  }

  @Test
  void match_aLongProseLine_isNotBoilerplate_evenWhenItStartsLikeOne() {
    BoilerplateLexicon lexicon = BoilerplateLexicon.standard();
    assertThat(lexicon.match("Share this")).contains("share_widget");
    assertThat(lexicon.match("Share this story with the people who were there on the day the bridge opened, "
        + "the engineers said, and with the people who paid for it through their taxes over forty years, "
        + "because without them the town would still be waiting for a crossing over the river.")).isEmpty();
  }
}
