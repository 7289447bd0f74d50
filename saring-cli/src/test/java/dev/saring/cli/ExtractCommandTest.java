package dev.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  private static final String ARTICLE = """
      <html lang="de"><head><meta charset="iso-8859-1"><title>Größe zählt</title></head><body>
      <nav><a href="/">Start</a> <a href="/a">Politik</a> <a href="/b">Sport</a> <a href="/c">Kultur</a></nav>
      <article><h1>Die Brücke über den Fluss wird größer</h1>
      <p>Die Stadtverwaltung hat am Montag beschlossen, die alte Brücke über den Fluss zu verbreitern,
      weil der Verkehr in den letzten Jahren stark zugenommen hat und die Fußgänger kaum Platz finden.</p>
      <p>Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, teilte die Behörde mit.
      Während dieser Zeit wird eine Umleitung über die nördliche Straße eingerichtet.</p></article>
      <footer>© 2024 Stadtanzeiger. Alle Rechte vorbehalten. <a href="/impressum">Impressum</a></footer>
      </body></html>
      """;

  @Test
  void files_printTheMainTextInTheDeclaredCharset() throws Exception {
    Path page = dir.resolve("brücke.html");
    Files.write(page, ARTICLE.getBytes(Charset.forName("ISO-8859-1")));
    Cli r = Cli.run("extract", page.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Die Brücke über den Fluss wird größer\n", "Die Stadtverwaltung hat am Montag",
        "Frühjahr beginnen");
    assertThat(r.out()).doesNotContain("Politik", "Alle Rechte vorbehalten", "Impressum");
  }

  @Test
  void files_aMissingFileIsNamedAndTheOthersStillPrint() throws Exception {
    Path page = dir.resolve("a.html");
    Files.writeString(page, ARTICLE);
    Cli r = Cli.run("extract", dir.resolve("missing.html").toString(), page.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no such file: " + dir.resolve("missing.html"));
    assertThat(r.out()).contains("==> " + page + " <==", "Die Stadtverwaltung hat am Montag");
  }

  @Test
  void files_binaryBytesGiveAReasonNotACrash() throws Exception {
    Path png = dir.resolve("image.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0x89;
    bytes[1] = 'P';
    bytes[2] = 'N';
    bytes[3] = 'G';
    Files.write(png, bytes);
    Cli r = Cli.run("extract", png.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).contains(png.toString()).containsAnyOf("drop", "fail");
  }

  @Test
  void jsonl_oneDocumentPerGoodLine_badLinesNamedOnStderr() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String good = json.writeValueAsString(java.util.Map.of("id", "p1", "html", ARTICLE, "url", "https://x.de/b"));
    String stdin = good + "\n{not json\n{\"id\":\"p2\"}\n\n" + json.writeValueAsString(
        java.util.Map.of("id", "p3", "html", "<html><body><ul><li><a href=/>x</a></li></ul></body></html>")) + "\n";
    Cli r = Cli.runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), "extract", "--jsonl");
    assertThat(r.exit()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.get("text").asText()).startsWith("Die Brücke über den Fluss wird größer\n")
        .doesNotContain("Politik");
    assertThat(first.at("/metadata/url").asText()).isEqualTo("https://x.de/b");
    assertThat(first.at("/metadata/title").asText()).isEqualTo("Größe zählt");
    assertThat(first.at("/metadata/html_lang").asText()).isEqualTo("de");
    JsonNode third = json.readTree(lines.get(1));
    assertThat(third.get("id").asText()).isEqualTo("p3");
    assertThat(third.get("text").asText()).isEmpty();
    assertThat(third.at("/metadata/extract_result").asText()).startsWith("drop:");
    assertThat(r.err()).contains("line 2: not JSON", "line 3: no \"html\" string", "2 of 5 lines skipped");
  }

  @Test
  void steps_printsEveryStepAsPipelineYamlThatLoads() throws Exception {
    Cli r = Cli.run("steps");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("- extract_html: {max_html_mb: 5", "- pii: {");
    Path yaml = dir.resolve("all.yaml");
    Files.writeString(yaml, "steps:\n" + r.out().lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n"));
    dev.saring.pipeline.Pipeline p = dev.saring.pipeline.Pipeline.of(
        dev.saring.pipeline.PipelineConfig.load(yaml), dev.saring.pipeline.StepRegistry.standard());
    assertThat(p.steps()).hasSize(dev.saring.pipeline.StepRegistry.standard().all().size());
  }

  @Test
  void steps_printsAPresetOrNamesTheClosestOne() {
    assertThat(Cli.run("steps", "--preset", "web").out()).contains("steps:", "- extract_html");
    Cli wrong = Cli.run("steps", "--preset", "fineweb3");
    assertThat(wrong.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("unknown preset 'fineweb3' (did you mean 'fineweb'?)");
  }
}
