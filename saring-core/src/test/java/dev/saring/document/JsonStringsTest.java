package dev.saring.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Our hot-path string codec must agree with Jackson on every string, both ways. */
class JsonStringsTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final ObjectMapper JACKSON_ASCII = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Test
  void writtenLines_areReadBackIdenticallyByJackson() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5_000; i++) {
      String text = randomText(random);
      Document doc = new Document(randomText(random), text);
      doc.metadata().put("k", randomText(random));
      JsonNode node = JACKSON.readTree(DocumentJson.toJson(doc));
      assertThat(node.get("text").asText()).isEqualTo(text);
      assertThat(node.get("id").asText()).isEqualTo(doc.id());
      assertThat(node.get("metadata").get("k").asText()).isEqualTo(doc.metadata().get("k"));
    }
  }

  @Test
  void jacksonWrittenLines_includingUnicodeEscapes_areParsedIdentically() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("text", randomText(random));
      line.put("id", randomText(random));
      line.put("n", random.nextInt());
      ObjectMapper writer = random.nextBoolean() ? JACKSON : JACKSON_ASCII;
      Document doc = DocumentJson.parse(writer.writeValueAsString(line), JsonFields.DEFAULT);
      assertThat(doc.text()).isEqualTo(line.get("text"));
      assertThat(doc.id()).isEqualTo(line.get("id").toString().isEmpty() ? "doc" : line.get("id"));
      assertThat(doc.metadata()).containsEntry("n", line.get("n"));
    }
  }

  @Test
  void escapesThatJacksonNeverWrites_areStillRead() throws Exception {
    Document doc = DocumentJson.parse("{\"text\":\"a\\/b\\u00e9\\ud83d\\ude00\\b\\f\\t\\\"\\\\\"}", JsonFields.DEFAULT);
    assertThat(doc.text()).isEqualTo("a/bé\uD83D\uDE00\b\f\t\"\\");
  }

  @Test
  void loneSurrogates_becomeReplacementOrQuestionMark() throws Exception {
    assertThat(DocumentJson.parse("{\"text\":\"x\\ud800y\"}", JsonFields.DEFAULT).text()).isEqualTo("x\uFFFDy");
    assertThat(JACKSON.readTree(DocumentJson.toJson(new Document("i", "x\uD800y"))).get("text").asText())
        .isEqualTo("x?y");
  }

  @Test
  void whitespaceAndFieldOrder_doNotMatter() throws Exception {
    Document doc = DocumentJson.parse(" {\n \"metadata\" : {\"a\": [1, {\"b\": \"}\"}]} ,\t\"text\" : \"t\" , \"id\":null } ",
        JsonFields.DEFAULT);
    assertThat(doc.text()).isEqualTo("t");
    assertThat(doc.id()).isEqualTo("doc");
    assertThat(doc.metadata().get("a")).isEqualTo(java.util.List.of(1, Map.of("b", "}")));
  }

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(40);
    for (int k = 0; k < len; k++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x20));
        case 1 -> sb.append("\"\\/\n".charAt(r.nextInt(4)));
        case 2 -> sb.appendCodePoint(0x1F300 + r.nextInt(200));
        case 3 -> sb.append((char) (0x80 + r.nextInt(0xD000)));
        default -> sb.append((char) (0x20 + r.nextInt(0x5F)));
      }
    }
    return sb.toString();
  }
}
