package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.testing.SharedData;
import dev.saring.testing.WarcFixtures;
import dev.saring.testing.WarcFixtures.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {
  @TempDir
  Path dir;

  private static List<Page> pages(int n) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(Page.html("https://site" + i + ".example/page", "<html><body><p>Page number " + i
          + " has some text.</p></body></html>"));
    }
    return pages;
  }

  @Test
  void read_responses_becomeHtmlDocumentsWithWarcMetadata() throws Exception {
    Path warc = WarcFixtures.warc(dir.resolve("a.warc.gz"), true, pages(3));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(warc, failures);

    assertThat(docs).hasSize(3);
    Document first = docs.get(0);
    assertThat(first.id()).isEqualTo(WarcFixtures.responseId("https://site0.example/page"));
    assertThat(first.text()).contains("Page number 0");
    assertThat(first.isHtml()).isTrue();
    assertThat(first.metadata()).containsEntry("url", "https://site0.example/page")
        .containsEntry("warc_date", "2026-01-02T03:04:05Z").containsEntry("http_status", 200)
        .containsEntry("source_file", "a.warc.gz").containsKey("source_offset");
    assertThat(failures.skipped).containsExactly("warc:request", "warc:request", "warc:request");
    assertThat(failures.failures).isEmpty();
  }

  @Test
  void read_charsetsFromHeaderMetaAndDetection() throws Exception {
    String de = "<html><body><p>Grüße aus München, die Straße ist schön und die Bürger sind früh auf.</p></body></html>";
    String ru = "<html><head><meta charset=\"koi8-r\"></head><body><p>Привет из Москвы, погода сегодня отличная.</p>"
        + "</body></html>";
    Path warc = WarcFixtures.warc(dir.resolve("c.warc"), false, List.of(
        Page.encoded("https://de.example/", "text/html; charset=iso-8859-1", de, StandardCharsets.ISO_8859_1),
        Page.encoded("https://ru.example/", "text/html", ru, Charset.forName("KOI8-R")),
        Page.encoded("https://lie.example/", "text/html; charset=utf-8", de, StandardCharsets.ISO_8859_1)));

    List<Document> docs = ReadAll.read(warc, new CollectingFailures());

    assertThat(docs).extracting(Document::text).containsExactly(de, ru, de);
    assertThat(docs).extracting(d -> d.metadata().get("charset_source")).containsExactly("http", "meta", "detected");
  }

  @Test
  void read_errorPagesImagesAndRequests_areSkippedWithReasons() throws Exception {
    Path warc = WarcFixtures.warc(dir.resolve("s.warc.gz"), true, List.of(
        new Page("https://x.example/404", 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)),
        new Page("https://x.example/a.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new Page("https://x.example/plain", 200, "text/plain", "plain text".getBytes(StandardCharsets.UTF_8)),
        new Page("https://x.example/untyped", 200, null, "  <html>hi</html>".getBytes(StandardCharsets.UTF_8))));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(warc, failures);

    assertThat(docs).extracting(d -> d.metadata().get("url"))
        .containsExactly("https://x.example/plain", "https://x.example/untyped");
    assertThat(docs).extracting(Document::isHtml).containsExactly(false, true);
    assertThat(failures.skipped).contains("warc:status_4xx", "warc:non_text");
  }

  @Test
  void read_recordOverTheCap_failsAlone() throws Exception {
    byte[] big = new byte[2 << 20];
    Arrays.fill(big, (byte) 'x');
    List<Page> pages = new ArrayList<>(pages(1));
    pages.add(new Page("https://big.example/", 200, "text/html", big));
    pages.addAll(pages(2).subList(1, 2));
    Path warc = WarcFixtures.warc(dir.resolve("big.warc.gz"), true, pages);
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(warc, new ReaderOptions("text", "id", 1, true, false, 10), failures);

    assertThat(docs).hasSize(2);
    assertThat(failures.reasons()).containsExactly("warc:record_too_large");
  }

  @Test
  void read_corruptGzipMemberBetweenGoodOnes_goodOnesSurvive() throws Exception {
    byte[] bytes = WarcFixtures.warcBytes(true, pages(5));
    Path clean = dir.resolve("clean.warc.gz");
    Files.write(clean, bytes);
    long[] starts = ReadAll.read(clean, new CollectingFailures()).stream()
        .mapToLong(d -> ((Number) d.metadata().get("source_offset")).longValue()).toArray();
    // Damage the middle of the third response's compressed data.
    int at = (int) (starts[2] + 40);
    for (int i = 0; i < 16; i++) {
      bytes[at + i] ^= (byte) 0x5A;
    }
    Path damaged = dir.resolve("damaged.warc.gz");
    Files.write(damaged, bytes);
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(damaged, failures);

    assertThat(docs).extracting(d -> d.metadata().get("url")).containsExactly("https://site0.example/page",
        "https://site1.example/page", "https://site3.example/page", "https://site4.example/page");
    assertThat(failures.failures).hasSize(1);
    assertThat(failures.failures.get(0).offset()).isEqualTo(starts[2]);
  }

  @Test
  void read_garbageBetweenUncompressedRecords_resynchronises() throws Exception {
    byte[] a = WarcFixtures.warcBytes(false, pages(2));
    byte[] b = WarcFixtures.warcBytes(false, pages(4).subList(2, 4));
    byte[] garbage = "WARC/1.0\r\nContent-Length: 99999999\r\nWARC-Type: response\r\n\r\nthis record lies about its length\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve("g.warc");
    Files.write(file, concat(a, garbage, b));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(file, failures);

    assertThat(docs).extracting(d -> d.metadata().get("url")).containsExactly("https://site0.example/page",
        "https://site1.example/page", "https://site2.example/page", "https://site3.example/page");
    assertThat(failures.failures).hasSize(1);
  }

  @Test
  void read_clippedAtEveryByte_neverThrowsAndKeepsWholeRecords() throws Exception {
    byte[] bytes = WarcFixtures.warcBytes(true, pages(2));
    for (int len = 0; len <= bytes.length; len += 7) {
      Path clipped = dir.resolve("clip.warc.gz");
      Files.write(clipped, Arrays.copyOf(bytes, len));
      CollectingFailures failures = new CollectingFailures();
      List<Document> docs = ReadAll.read(clipped, failures);
      assertThat(docs.size()).as("clip at %d", len).isLessThanOrEqualTo(2);
      for (Document d : docs) {
        assertThat(d.text()).as("clip at %d", len).endsWith("</html>");
      }
      if (len < bytes.length && len > 0 && docs.size() < 2) {
        assertThat(failures.failures.size() + failures.skipped.size()).as("clip at %d", len).isPositive();
      }
    }
  }

  @Test
  void read_wetConversionRecords_areTextDocuments() throws Exception {
    Path wet = WarcFixtures.wet(dir.resolve("x.warc.wet.gz"), true, List.of(
        new String[] {"https://a.example/", "Line one\nLine two"},
        new String[] {"https://b.example/", "Satu\nDua"}));

    List<Document> docs = ReadAll.read(wet, new CollectingFailures());

    assertThat(docs).extracting(Document::text).containsExactly("Line one\nLine two", "Satu\nDua");
    assertThat(docs.get(0).isHtml()).isFalse();
  }

  @Test
  void read_emptyAndNonWarcFiles_failCleanly() throws Exception {
    Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
    Files.writeString(dir.resolve("text.warc"), "this is not a warc file at all\n");
    CollectingFailures failures = new CollectingFailures();
    assertThat(ReadAll.read(dir.resolve("empty.warc.gz"), failures)).isEmpty();
    assertThat(ReadAll.read(dir.resolve("text.warc"), failures)).isEmpty();
    assertThat(failures.reasons()).containsExactly("warc:corrupt_record");
  }

  @Test
  void read_realCommonCrawlSample_readsEveryResponse() throws Exception {
    Path file = SharedData.require("data/warc/real/resiliparse-cc-main-2020-34-sample.warc.gz");
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(file, new ReaderOptions("text", "id", 16, true, true, 10), failures);

    assertThat(docs).hasSize(16);
    assertThat(failures.failures).isEmpty();
    assertThat(failures.skipped).contains("warc:request", "warc:metadata", "warc:warcinfo");
    assertThat(docs).allSatisfy(d -> assertThat(d.metadata().get("url")).asString().startsWith("http"));
  }

  @Test
  void read_realClueWebWithMalformedDate_keepsDateAsWritten() throws Exception {
    Path file = SharedData.require("data/warc/real/resiliparse-clueweb09-quirk.warc.gz");
    CollectingFailures failures = new CollectingFailures();
    List<Document> docs = ReadAll.read(file, new ReaderOptions("text", "id", 16, true, true, 10), failures);
    assertThat(failures.failures).isEmpty();
    assertThat(docs).hasSize(29);
    assertThat(docs).anySatisfy(d -> assertThat(d.metadata().get("warc_date")).asString().contains("294T"));
  }

  @Test
  void read_realWetFile_givesCommonCrawlsText() throws Exception {
    Path file = SharedData.require("data/warc/real/cc-whirlwind-2024-22.warc.wet.gz");
    List<Document> docs = ReadAll.read(file, new CollectingFailures());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).text()).contains("Escopete");
    assertThat(docs.get(0).metadata()).containsKey("warc_identified_language");
  }

  @Test
  void read_realEdgeCases_neverThrow() throws Exception {
    Path folder = SharedData.require("data/warc/edge-cases");
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> InputFormat.ofFileName(p.getFileName().toString()).isPresent()).toList()) {
        CollectingFailures failures = new CollectingFailures();
        List<Document> docs = ReadAll.read(f, new ReaderOptions("text", "id", 16, true, true, 10), failures);
        assertThat(docs.size() + failures.failures.size() + failures.skipped.size()).as(f.toString()).isPositive();
      }
    }
  }

  @Test
  void read_realTruncatedWarcio_reportsTruncationAfterGoodRecords() throws Exception {
    Path file = SharedData.require("data/warc/edge-cases/warcio-example-trunc.warc");
    CollectingFailures failures = new CollectingFailures();
    List<Document> docs = ReadAll.read(file, new ReaderOptions("text", "id", 16, true, true, 10), failures);
    assertThat(failures.failures).isNotEmpty();
    assertThat(docs.size() + failures.skipped.size()).isPositive();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
