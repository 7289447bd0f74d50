package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.testing.Corpora;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonlReaderTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"c.jsonl", "c.jsonl.gz", "c.jsonl.zst", "c.ndjson"})
  void read_allCompressions_giveSameDocuments(String name) throws Exception {
    Path file = Corpora.jsonl(dir.resolve(name), 50, 30, 7);
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(file, failures);

    assertThat(docs).hasSize(50);
    assertThat(docs.get(0).id()).isEqualTo(name + "-0");
    assertThat(docs.get(49).metadata()).containsEntry("url", "https://example.org/7/49");
    assertThat(failures.failures).isEmpty();
  }

  @Test
  void read_badLinesBetweenGoodOnes_areCountedAndTheRestSurvive() throws Exception {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Path file = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\":\"1\",\"text\":\"one\"}\n\n   \n".getBytes(StandardCharsets.UTF_8));
      out.write("not json at all\n".getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write("{\"id\":\"4\"}\r\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"5\",\"text\":\"five\"}".getBytes(StandardCharsets.UTF_8));
    }
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(file, failures);

    assertThat(docs).extracting(Document::id).containsExactly("1", "5");
    assertThat(failures.reasons()).containsExactly("jsonl:invalid_json", "jsonl:invalid_utf8", "jsonl:missing_text");
    assertThat(failures.failures.get(0).offset()).isEqualTo(29);
    assertThat(failures.failures.get(0).message()).contains("line 4");
  }

  @Test
  void read_hugeSingleLine_isSkippedWithoutHoldingItAndNextLineRead() throws Exception {
    Path file = dir.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write("\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    CollectingFailures failures = new CollectingFailures();
    ReaderOptions options = new ReaderOptions("text", "id", 8, true, false, 10);

    List<Document> docs = ReadAll.read(file, options, failures);

    assertThat(docs).extracting(Document::id).containsExactly("small");
    assertThat(failures.reasons()).containsExactly("jsonl:record_too_large");
    assertThat(failures.failures.get(0).message()).contains("52428822 bytes");
  }

  @Test
  void read_fiftyMegabyteLineUnderTheDefaultCap_isOneDocument() throws Exception {
    Path file = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'b');
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    ReaderOptions options = new ReaderOptions("text", "id", 64, true, false, 10);
    List<Document> docs = ReadAll.read(file, options, new CollectingFailures());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).text()).hasSize(50 << 20);
  }

  @Test
  void read_truncatedGzip_keepsWhatCameBeforeAndSaysTruncated() throws Exception {
    Path full = Corpora.jsonl(dir.resolve("full.jsonl.gz"), 2000, 40, 3);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(cut, failures);

    assertThat(docs.size()).isBetween(500, 1999);
    assertThat(docs.get(docs.size() - 1).id()).isEqualTo("full.jsonl.gz-" + (docs.size() - 1));
    assertThat(failures.reasons()).containsExactly("gzip:truncated");
  }

  @Test
  void read_gzipClippedAtEveryByte_neverThrows() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"text\":\"a\"}\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    for (int len = 0; len < all.length; len++) {
      Path clipped = dir.resolve("clip" + len + ".jsonl.gz");
      Files.write(clipped, Arrays.copyOf(all, len));
      CollectingFailures failures = new CollectingFailures();
      List<Document> docs = ReadAll.read(clipped, failures);
      assertThat(docs.size() + failures.failures.size()).as("clip at %d", len).isBetween(0, 3);
      if (len > 0) {
        assertThat(failures.failures).as("clip at %d", len).isNotEmpty();
      }
    }
  }

  @Test
  void read_truncatedZstd_isReported() throws Exception {
    Path full = Corpora.jsonl(dir.resolve("full.jsonl.zst"), 3000, 40, 5);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.jsonl.zst");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(cut, failures);

    assertThat(docs.size()).isBetween(1000, 2999);
    assertThat(failures.reasons()).hasSize(1).allMatch(r -> r.startsWith("zstd:"));
  }

  @Test
  void read_emptyFiles_giveNothingAndNoFailure() throws Exception {
    Files.write(dir.resolve("e.jsonl"), new byte[0]);
    CollectingFailures failures = new CollectingFailures();
    assertThat(ReadAll.read(dir.resolve("e.jsonl"), failures)).isEmpty();
    assertThat(failures.failures).isEmpty();
  }

  @Test
  void read_emptyGzipFile_isReportedNotThrown() throws Exception {
    Files.write(dir.resolve("e.jsonl.gz"), new byte[0]);
    CollectingFailures failures = new CollectingFailures();
    assertThat(ReadAll.read(dir.resolve("e.jsonl.gz"), failures)).isEmpty();
    assertThat(failures.reasons()).containsExactly("gzip:truncated");
  }

  @Test
  void read_binaryGarbageNamedJsonl_isFailuresNotACrash() throws Exception {
    byte[] garbage = new byte[100_000];
    new java.util.Random(1).nextBytes(garbage);
    Files.write(dir.resolve("g.jsonl"), garbage);
    CollectingFailures failures = new CollectingFailures();
    assertThat(ReadAll.read(dir.resolve("g.jsonl"), failures)).isEmpty();
    assertThat(failures.failures).isNotEmpty().allMatch(f -> f.reason().startsWith("jsonl:"));
  }
}
