package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.step.Verdict;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalizeStepTest {
  private final NormalizeStep step = new NormalizeStep(NormalizeStep.Options.DEFAULTS);

  @Test
  void apply_messyWhitespace_isNormalizedAndKept() {
    Document doc = new Document("d", "  Halo\u00A0\u00A0dunia \r\n\r\n\r\n\u0007Apa\tkabar?  \n\n");
    assertThat(step.apply(doc)).isEqualTo(Verdict.KEEP);
    assertThat(doc.text()).isEqualTo("Halo dunia\n\nApa kabar?");
  }

  @Test
  void apply_composesToNfc() {
    Document doc = new Document("d", "Cafe\u0301 and Hu\u0308gel");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("Café and Hügel");
    // A char that is never NFC (U+0340 becomes U+0300, which then composes) and Hangul jamo.
    Document more = new Document("d", "Cafe\u0340, \u1112\u1161\u11AB, Москва");
    step.apply(more);
    assertThat(more.text()).isEqualTo("Cafè, 한, Москва");
    String nfc = "Москва 東京 한국어";
    Document same = new Document("d", nfc);
    step.apply(same);
    assertThat(same.text()).isSameAs(nfc);
  }

  @Test
  void apply_removesC1ControlsBomsAndLoneSurrogates_keepsEmoji() {
    Document doc = new Document("d", "a\u0085b\u0096c\uFEFFd\uD800e \uD83D\uDE00");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("a\nbcde \uD83D\uDE00");
  }

  @Test
  void apply_lineAndParagraphSeparators_becomeNewlines() {
    Document doc = new Document("d", "one\u2028two\u2029\u2029\u2029three\u000Bfour");
    step.apply(doc);
    assertThat(doc.text()).isEqualTo("one\ntwo\n\nthree\nfour");
  }

  @Test
  void apply_onlyWhitespace_isDroppedAsEmpty() {
    Document doc = new Document("d", " \u3000\t\r\n\u0000 ");
    assertThat(step.apply(doc)).isEqualTo(Verdict.drop("empty"));
  }

  @Test
  void apply_maxNewlinesOne_joinsParagraphsWithSingleNewline() {
    NormalizeStep tight = new NormalizeStep(new NormalizeStep.Options(true, true, 1, true));
    Document doc = new Document("d", "a\n\n\nb");
    tight.apply(doc);
    assertThat(doc.text()).isEqualTo("a\nb");
  }

  @Test
  void apply_randomUnicode_neverThrowsAndIsIdempotent() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        sb.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
      }
      Document doc = new Document("r", sb.toString());
      step.apply(doc);
      String once = doc.text();
      step.apply(doc);
      assertThat(doc.text()).isEqualTo(once);
    }
  }

  @Test
  void normalize_randomWhitespaceAndControls_matchesTheSlowRules() {
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "ab é  \t\u00A0\u3000\r\n\n\u2028\u0085\u000B\u0007\u0096\uFEFF\uD83D\uDE00\uD800";
    for (int max = 1; max <= 3; max++) {
      TextNormalizer normalizer = new TextNormalizer(false, true, max);
      for (int round = 0; round < 5_000; round++) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(40); k > 0; k--) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        assertThat(normalizer.normalize(text)).as("max %d: %s", max, text).isEqualTo(slowClean(text, max));
      }
    }
  }

  @Test
  void normalize_cleanText_returnsTheSameString() {
    String text = "Halo dunia.\nApa kabar?\n\nBaik.";
    assertThat(new TextNormalizer(true, true, 2).normalize(text)).isSameAs(text);
    assertThat(new TextNormalizer(true, true, 2).normalize("a\tb")).isEqualTo("a b");
    assertThat(new TextNormalizer(true, true, 2).normalize("a\rb")).isEqualTo("a\nb");
  }

  /**
   * NFC against ICU normalizing the cleaned text: random strings of chars that decompose (U+0340, U+212B,
   * CJK compatibility ideographs), compose (marks after their base, Hangul jamo), marks out of canonical
   * order, astral chars that decompose (U+1D15E), Devanagari nukta, plain letters of several scripts.
   */
  @Test
  void normalize_randomComposingText_isWhatIcuGivesForTheCleanedText() {
    com.ibm.icu.text.Normalizer2 icu = com.ibm.icu.text.Normalizer2.getNFCInstance();
    String[] parts = {"a", "e", "A", "\u0301", "\u0308", "\u0323", "\u0316", "\u0340", "\u212B", "\uF900",
        "\u1100", "\u1161", "\u11A8", "\uAC00", "𝅗𝅥", "\uD834\uDD5E", "\u0915", "\u093C", "\u0929", "ж",
        "\u0435", "東", "ก", "\u0E48", " ", "\n", "\u2000", "1"};
    TextNormalizer withNfc = new TextNormalizer(true, true, 2);
    TextNormalizer withoutNfc = new TextNormalizer(false, true, 2);
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(1, 8); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String text = sb.toString();
      String cleaned = withoutNfc.normalize(text);
      assertThat(withNfc.normalize(text)).as("%s", text.codePoints()
          .mapToObj(Integer::toHexString).toList()).isEqualTo(icu.normalize(cleaned));
    }
  }

  /** The rules written plainly, with pending state, one char at a time: the oracle. */
  private static String slowClean(String s, int maxNewlines) {
    StringBuilder out = new StringBuilder();
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (TextNormalizer.isLineBreak(c)) {
        newlines++;
        continue;
      }
      if (TextNormalizer.isHorizontalSpace(c)) {
        space = true;
        continue;
      }
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if ((Character.isSurrogate(c) && !pair) || (!pair && TextNormalizer.isControl(c))) {
        continue;
      }
      if (out.length() > 0) {
        out.append(newlines > 0 ? "\n".repeat(Math.min(newlines, maxNewlines)) : space ? " " : "");
      }
      newlines = 0;
      space = false;
      out.append(c);
      if (pair) {
        out.append(s.charAt(++i));
      }
    }
    return out.toString();
  }
}
