package dev.saring.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MalayicDisambiguatorTest {
  private final MalayicDisambiguator d = MalayicDisambiguator.standard();

  record Text(String label, String style, String text) {
    @Override
    public String toString() {
      return label + " " + style;
    }
  }

  static List<Text> texts() throws IOException {
    List<Text> out = new ArrayList<>();
    try (InputStream in = MalayicDisambiguatorTest.class.getResourceAsStream("malayic-texts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          out.add(new Text(f[0], f[1], f[2]));
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void workedTexts_eachSideIsRecognisedByItsOwnWords(Text t) {
    MalayicDisambiguator.Decision decision = d.decide(t.text());
    assertThat(decision.language()).as("%s: %s", t, decision).isEqualTo(t.label());
    assertThat(decision.evidence()).isNotEmpty();
  }

  @Test
  void eachSentenceOfTheWorkedTexts_decidedRightOrLeftUndecided() throws IOException {
    int right = 0;
    int wrong = 0;
    int undecided = 0;
    for (Text t : texts()) {
      if (!t.label().equals("ind_Latn") && !t.label().equals("zsm_Latn")) {
        continue;
      }
      for (String sentence : t.text().split("(?<=[.?!])\\s+")) {
        String got = d.decide(sentence).language();
        if (got == null) {
          undecided++;
        } else if (got.equals(t.label())) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    assertThat(wrong).as("wrong %d, right %d, undecided %d", wrong, right, undecided).isZero();
    assertThat(right).isGreaterThan(3 * undecided);
  }

  @Test
  void sharedWordsAloneAreNoEvidence() {
    MalayicDisambiguator.Decision none = d.decide("Saya dan dia pergi ke pasar untuk membeli sayur dan buah.");
    assertThat(none.language()).isNull();
    assertThat(none.evidence()).isEmpty();
    // One weak tendency is not enough either.
    assertThat(d.decide("Dia lebih tinggi daripada saya.").language()).isNull();
  }

  @Test
  void oneClearWordDecidesASentence_andRepetitionDoesNotInflateIt() {
    assertThat(d.decide("Dia tidak datang kerana hujan lebat.").language()).isEqualTo("zsm_Latn");
    assertThat(d.decide("Dia tidak datang karena hujan lebat.").language()).isEqualTo("ind_Latn");
    // A Malaysian place named ten times counts three times: it does not outweigh three Indonesian words.
    String text = "Selangor ".repeat(10) + "uang karena kantor";
    assertThat(d.decide(text).language()).isNotEqualTo("zsm_Latn");
    assertThat(d.decide(text).scores()).containsEntry("zsm_Latn", 9.0).containsEntry("ind_Latn", 9.0);
  }

  @Test
  void hostileInput_noCrash() {
    assertThat(d.decide("").language()).isNull();
    assertThat(d.decide("-----").language()).isNull();
    assertThat(d.decide("\u0000\uFFFD\uD800 kerana").language()).isEqualTo("zsm_Latn");
    assertThat(d.decide("kerana ".repeat(200_000)).language()).isEqualTo("zsm_Latn");
  }

  @Test
  void realIndonesianNewsArticles_stayIndonesian() throws IOException {
    var file = SharedData.require("data/text-id/detik-news.txt");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int zsm = 0;
    int n = 0;
    for (String article : String.join("\n", lines).split("\n\n")) {
      if (article.isBlank()) {
        continue;
      }
      n++;
      if ("zsm_Latn".equals(d.decide(article).language())) {
        zsm++;
      }
    }
    assertThat(n).isGreaterThan(100);
    assertThat(zsm).as("%d of %d Detik articles called Malay", zsm, n).isLessThanOrEqualTo(n / 100);
  }
}
