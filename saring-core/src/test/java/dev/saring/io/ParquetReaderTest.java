package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet in FineWeb's layout, written here with parquet-java: rows to documents, bad files counted. */
class ParquetReaderTest {
  /** FineWeb's columns, plus a struct and a list to show how nested columns land in metadata. */
  private static final MessageType FINEWEB = MessageTypeParser.parseMessageType("""
      message fineweb {
        optional binary text (STRING);
        optional binary id (STRING);
        optional binary dump (STRING);
        optional binary url (STRING);
        optional binary date (STRING);
        optional binary file_path (STRING);
        optional binary language (STRING);
        optional double language_score;
        optional int64 token_count;
        optional group source { optional binary host (STRING); optional int32 status; }
        repeated binary tags (STRING);
      }
      """);

  @TempDir
  Path dir;

  private Path write(String name, int rows, CompressionCodecName codec, int hugeRow) throws IOException {
    Path file = dir.resolve(name);
    SimpleGroupFactory f = new SimpleGroupFactory(FINEWEB);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(FINEWEB)
        .withConf(new PlainParquetConfiguration()).withCompressionCodec(codec).build()) {
      for (int i = 0; i < rows; i++) {
        Group g = f.newGroup();
        if (i != 3) { // row 3 has no text
          g.append("text", i == hugeRow ? "kata ".repeat(400_000) : "Berita nomor " + i + " dari Jakarta.");
        }
        g.append("id", "<urn:uuid:" + i + ">").append("dump", "CC-MAIN-2024-10").append("url", "https://id.example/" + i)
            .append("date", "2024-02-2" + (i % 10) + "T10:00:00Z").append("language", "ind")
            .append("language_score", 0.9 + i / 1000.0).append("token_count", 7L + i);
        g.addGroup("source").append("host", "id.example").append("status", 200);
        g.append("tags", "news").append("tags", "jakarta");
        w.write(g);
      }
    }
    return file;
  }

  @Test
  void finewebRows_becomeDocumentsWithTheirColumnsInMetadata() throws Exception {
    for (CompressionCodecName codec : List.of(CompressionCodecName.SNAPPY, CompressionCodecName.ZSTD,
        CompressionCodecName.GZIP, CompressionCodecName.UNCOMPRESSED)) {
      Path file = write("fw-" + codec + ".parquet", 20, codec, -1);
      CollectingFailures failures = new CollectingFailures();
      List<Document> docs = ReadAll.read(file, failures);
      assertThat(docs).hasSize(19);
      Document d = docs.get(0);
      assertThat(d.id()).isEqualTo("<urn:uuid:0>");
      assertThat(d.text()).isEqualTo("Berita nomor 0 dari Jakarta.");
      assertThat(d.metadata()).containsEntry("url", "https://id.example/0").containsEntry("dump", "CC-MAIN-2024-10")
          .containsEntry("token_count", 7).containsEntry("language_score", 0.9);
      assertThat(d.metadata().get("source")).hasToString("{host=id.example, status=200}");
      assertThat(d.metadata().get("tags")).isEqualTo(List.of("news", "jakarta"));
      assertThat(failures.reasons()).containsExactly("parquet:missing_text");
      assertThat(failures.failures.get(0).offset()).isEqualTo(4);
    }
  }

  @Test
  void typedColumns_readAsSparksToJsonRendersThem() throws Exception {
    // Lists and maps in the standard three-level layout, a legacy two-level list, dates, timestamps, decimals.
    MessageType typed = MessageTypeParser.parseMessageType("""
        message typed {
          required binary text (STRING);
          optional group tags (LIST) { repeated group list { optional binary element (STRING); } }
          optional group legacy (LIST) { repeated int32 array; }
          optional group headers (MAP) {
            repeated group key_value { required binary key (STRING); optional binary value (STRING); }
          }
          optional int32 day (DATE);
          optional int64 fetched (TIMESTAMP(MICROS,true));
          optional int64 price (DECIMAL(10,2));
          optional fixed_len_byte_array(16) big (DECIMAL(30,4));
          optional int96 legacy_time;
        }
        """);
    Path file = dir.resolve("typed.parquet");
    SimpleGroupFactory f = new SimpleGroupFactory(typed);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(typed)
        .withConf(new PlainParquetConfiguration()).build()) {
      Group g = f.newGroup().append("text", "Teks dengan kolom bertipe.");
      Group tags = g.addGroup("tags");
      tags.addGroup("list").append("element", "a");
      tags.addGroup("list");  // a null element
      tags.addGroup("list").append("element", "b");
      g.addGroup("legacy").append("array", 1).append("array", 2);
      g.addGroup("headers").addGroup("key_value").append("key", "k").append("value", "v");
      g.append("day", 19_782).append("fetched", 1_709_251_200_123_456L).append("price", 12_345L);
      byte[] big = new byte[16];
      big[15] = 7;
      g.append("big", org.apache.parquet.io.api.Binary.fromConstantByteArray(big));
      // 2024-03-01 00:00:01 as nanoseconds of the day and the Julian day.
      java.nio.ByteBuffer int96 = java.nio.ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int96.putLong(1_000_000_000L).putInt(2_460_371);
      g.append("legacy_time", org.apache.parquet.io.api.Binary.fromConstantByteArray(int96.array()));
      w.write(g);
    }
    CollectingFailures failures = new CollectingFailures();
    Document d = ReadAll.read(file, failures).get(0);
    assertThat(failures.reasons()).isEmpty();
    assertThat(d.metadata().get("tags")).isEqualTo(Arrays.asList("a", null, "b"));
    assertThat(d.metadata().get("legacy")).isEqualTo(List.of(1, 2));
    assertThat(d.metadata().get("headers")).isEqualTo(java.util.Map.of("k", "v"));
    assertThat(d.metadata()).containsEntry("day", "2024-02-29").containsEntry("fetched", "2024-03-01T00:00:00.123Z")
        .containsEntry("price", 123.45).containsEntry("legacy_time", "2024-03-01T00:00:01.000Z");
    assertThat(d.metadata()).containsEntry("big", 0.0007);
  }

  @Test
  void hugeRow_isCountedAndTheRowsAfterItSurvive() throws Exception {
    Path file = write("huge.parquet", 8, CompressionCodecName.SNAPPY, 5);
    CollectingFailures failures = new CollectingFailures();
    List<Document> docs = ReadAll.read(file, new ReaderOptions("text", "id", 1, true, false, 1000), failures);
    assertThat(failures.reasons()).containsExactly("parquet:missing_text", "parquet:record_too_large");
    assertThat(docs).extracting(Document::id).contains("<urn:uuid:6>", "<urn:uuid:7>").hasSize(6);
  }

  @Test
  void garbageTruncatedAndEmptyFiles_areUnreadableNotFatal() throws Exception {
    Path good = write("good.parquet", 50, CompressionCodecName.SNAPPY, -1);
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = Files.write(dir.resolve("truncated.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
    Path garbage = Files.writeString(dir.resolve("garbage.parquet"), "<html>not parquet</html>");
    Path empty = Files.write(dir.resolve("empty.parquet"), new byte[0]);
    byte[] damaged = bytes.clone();
    for (int i = 8; i < damaged.length / 2; i += 7) {
      damaged[i] ^= 0x5A; // pages hit, footer intact
    }
    Path hurt = Files.write(dir.resolve("damaged.parquet"), damaged);
    for (Path p : List.of(truncated, garbage, empty, hurt)) {
      CollectingFailures failures = new CollectingFailures();
      List<Document> docs = ReadAll.read(p, failures);
      assertThat(failures.reasons()).as(p.toString()).contains("parquet:unreadable");
      assertThat(docs.size()).as(p.toString()).isLessThan(50);
    }
  }
}
