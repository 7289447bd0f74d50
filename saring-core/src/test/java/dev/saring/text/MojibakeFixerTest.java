package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.testing.SharedData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MojibakeFixerTest {
  private static String mojibake(String s, String charset) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void fix_utf8ReadAsCp1252OrLatin1_isRepaired() {
    for (String good : List.of("Café crème", "Grüße aus München", "São Paulo é ótimo", "It’s “quoted” — fine…",
        "Kalın kış günleri", "Tiếng Việt có dấu", "emoji 😀 here", "Ünïcödé ça va")) {
      assertThat(MojibakeFixer.fix(mojibake(good, "windows-1252")).text()).as(good).isEqualTo(good);
      assertThat(MojibakeFixer.fix(mojibake(good, "ISO-8859-1")).text()).as(good).isEqualTo(good);
    }
    // č is C4 8D; 0x8D is undefined in windows-1252, so only the Latin-1 path keeps enough to repair it.
    assertThat(MojibakeFixer.fix(mojibake("Žluťoučký kůň", "ISO-8859-1")).text()).isEqualTo("Žluťoučký kůň");
  }

  @Test
  void fix_twiceMangled_isRepaired() {
    String good = "Café — it’s fine";
    String twice = mojibake(mojibake(good, "windows-1252"), "ISO-8859-1");
    assertThat(MojibakeFixer.fix(twice).text()).isEqualTo(good);
  }

  @Test
  void fix_correctTextInManyScripts_isUnchanged() {
    for (String good : List.of("NÃO é isso", "CAFÉ… et crème", "À bientôt, «quote»?", "Ärger über Öl",
        "Ça coûte 5 €", "¿Qué? ¡Sí!", "Año 2024 — mañana", "Ïle de Ré", "ñ ü ß ø å æ œ", "Ðakovo", "ðe old spelling")) {
      assertThat(MojibakeFixer.fix(good).text()).as(good).isEqualTo(good);
    }
  }

  @Test
  void fix_realSentencesIn75Languages_changesOnlyLinesWithMojibakeAndRemovesIt() throws Exception {
    Path folder = SharedData.require("data/lid/lingua-sentences");
    int lines = 0;
    int changed = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (String line : Files.readAllLines(f)) {
          lines++;
          String fixed = MojibakeFixer.fix(line).text();
          if (!fixed.equals(line)) {
            changed++;
            // The set holds sentences mangled upstream ("â€™n", "MÃ¤rz"): a change must remove mojibake.
            assertThat(sequences(fixed)).as(f.getFileName() + ": " + line).isLessThan(sequences(line));
          }
        }
      }
    }
    assertThat(lines).isGreaterThan(30_000);
    assertThat(changed).isPositive();
  }

  @Test
  void fix_indonesianNews_changesOnlyItsFewMangledLines() throws Exception {
    Path file = SharedData.require("data/text-id/detik-news.txt");
    int changed = 0;
    List<String> all = Files.readAllLines(file);
    for (String line : all) {
      String fixed = MojibakeFixer.fix(line).text();
      if (!fixed.equals(line)) {
        changed++;
        assertThat(sequences(fixed)).as(line).isLessThan(sequences(line));
      }
    }
    assertThat(changed).isPositive().isLessThan(all.size() / 100);
  }

  /** Lead characters of mojibake followed by a character that stands for a UTF-8 continuation byte. */
  private static int sequences(String s) {
    int n = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      char next = s.charAt(i + 1);
      boolean continuation = (next >= 0x80 && next <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\uFFFD".indexOf(next) >= 0;
      if (c >= 0xC2 && c <= 0xF4 && continuation) {
        n++;
      }
    }
    return n;
  }
}
