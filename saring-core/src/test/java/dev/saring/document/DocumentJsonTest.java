package dev.saring.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  @Test
  void parse_topLevelFieldsAndMetadataObject_goIntoMetadata() throws Exception {
    Document doc = DocumentJson.parse("{\"id\":\"a1\",\"text\":\"Halo\",\"url\":\"https://x.id/\","
        + "\"metadata\":{\"language\":\"ind_Latn\",\"score\":0.5},\"tags\":[1,2]}", JsonFields.DEFAULT);

    assertThat(doc.id()).isEqualTo("a1");
    assertThat(doc.text()).isEqualTo("Halo");
    assertThat(doc.metadata()).containsEntry("url", "https://x.id/").containsEntry("language", "ind_Latn")
        .containsEntry("score", 0.5).containsEntry("tags", List.of(1, 2));
    assertThat(doc.language()).isEqualTo("ind_Latn");
  }

  @Test
  void parse_configuredFieldNames_andNumericId() throws Exception {
    Document doc = DocumentJson.parse("{\"doc_id\":17,\"content\":\"Body\",\"text\":\"other\"}",
        new JsonFields("doc_id", "content"));

    assertThat(doc.id()).isEqualTo("17");
    assertThat(doc.text()).isEqualTo("Body");
    assertThat(doc.metadata()).containsEntry("text", "other");
  }

  @Test
  void parse_missingId_usesFallback() throws Exception {
    byte[] line = "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentJson.parse(line, 0, line.length, JsonFields.DEFAULT, "f.jsonl/3").id()).isEqualTo("f.jsonl/3");
  }

  @Test
  void roundTrip_keepsTextUnicodeAndMetadataOrder() throws Exception {
    Document doc = new Document("id-\u00e9", "Line one\nline \"two\" \u65e5\u672c \ud83d\ude00");
    doc.metadata().put("z", 1);
    doc.metadata().put("a", Map.of("k", "v"));

    String json = DocumentJson.toJson(doc);
    Document back = DocumentJson.parse(json, JsonFields.DEFAULT);

    assertThat(json).startsWith("{\"id\":\"id-\u00e9\",\"text\":").contains("\"metadata\":{\"z\":1,\"a\"");
    assertThat(back.text()).isEqualTo(doc.text());
    assertThat(back.metadata().keySet()).containsExactly("z", "a");
    assertThat(back.metadata()).containsEntry("z", 1).containsEntry("a", Map.of("k", "v"));
  }

  @Test
  void parse_malformedLines_sayWhy() {
    assertReason("[1,2]", "invalid_json");
    assertReason("{\"text\": \"unterminated", "invalid_json");
    assertReason("{\"id\":\"x\"}", "missing_text");
    assertReason("{\"text\": 5}", "missing_text");
    assertReason("{\"text\":\"a\"} trailing", "invalid_json");
    byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThatThrownBy(() -> DocumentJson.parse(badUtf8, 0, badUtf8.length, JsonFields.DEFAULT, "x"))
        .isInstanceOfSatisfying(MalformedDocumentException.class,
            e -> assertThat(e.reason()).isEqualTo("invalid_utf8"));
  }

  @Test
  void parse_deeplyNestedMetadata_isRefusedNotStackOverflow() {
    String deep = "{\"text\":\"t\",\"m\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertReason(deep, "invalid_json");
  }

  private static void assertReason(String json, String reason) {
    assertThatThrownBy(() -> DocumentJson.parse(json, JsonFields.DEFAULT))
        .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
