package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LooseFilesReaderTest {
  @TempDir
  Path dir;

  @Test
  void read_folderOfPages_oneDocumentPerFileWithRelativeIds() throws Exception {
    Files.createDirectories(dir.resolve("site/news"));
    Files.writeString(dir.resolve("site/news/a.html"), "<html><body><p>Berita</p></body></html>");
    Files.write(dir.resolve("site/news/b.htm"), "<meta charset=windows-1250><p>Žluťoučký kůň</p>"
        .getBytes(Charset.forName("windows-1250")));
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(dir.resolve("site"), failures);

    assertThat(docs).extracting(Document::id).containsExactly("news/a.html", "news/b.htm");
    assertThat(docs.get(1).text()).contains("Žluťoučký kůň");
    assertThat(docs).allMatch(Document::isHtml);
  }

  @Test
  void read_binaryFileNamedHtml_failsAloneWithReason() throws Exception {
    Files.writeString(dir.resolve("ok.html"), "<p>fine</p>");
    Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F'});
    CollectingFailures failures = new CollectingFailures();

    List<Document> docs = ReadAll.read(dir, failures);

    assertThat(docs).extracting(Document::id).containsExactly("ok.html");
    assertThat(failures.reasons()).containsExactly("file:binary");
    assertThat(failures.failures.get(0).file()).isEqualTo("photo.html");
  }

  @Test
  void read_textFiles_areUtf8OrDetected() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Selamat pagi, apa kabar?\nBaik.");
    Files.write(dir.resolve("b.txt"), "Ça va très bien, merci beaucoup, à bientôt à la maison près du lac."
        .getBytes(Charset.forName("windows-1252")));

    List<Document> docs = ReadAll.read(dir, new CollectingFailures());

    assertThat(docs).extracting(Document::text).containsExactly("Selamat pagi, apa kabar?\nBaik.",
        "Ça va très bien, merci beaucoup, à bientôt à la maison près du lac.");
    assertThat(docs.get(0).isHtml()).isFalse();
  }

  @Test
  void read_fileOverTheCap_failsWithReason() throws Exception {
    Files.write(dir.resolve("big.txt"), new byte[(1 << 20) + 10]);
    CollectingFailures failures = new CollectingFailures();
    assertThat(ReadAll.read(dir, new ReaderOptions("text", "id", 1, true, false, 10), failures)).isEmpty();
    assertThat(failures.reasons()).containsExactly("file:record_too_large");
  }
}
