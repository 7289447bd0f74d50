package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path dir;

  @Test
  void resolve_folder_walksRecursivelySortedAndSkipsHiddenAndUnknown() throws Exception {
    touch("b/x.warc.gz");
    touch("a/y.jsonl.zst");
    touch("a/.hidden/z.jsonl");
    touch("a/notes.pdf");
    touch(".saring/done/q.jsonl");

    List<InputShard> shards = Inputs.resolve(List.of(dir.toString()), 1000);

    assertThat(shards).extracting(InputShard::id).containsExactly("y", "x");
    assertThat(shards).extracting(InputShard::format).containsExactly(InputFormat.JSONL, InputFormat.WARC);
  }

  @Test
  void resolve_glob_matchesOnlyItsFiles() throws Exception {
    touch("crawl/CC-MAIN-1.warc.wet.gz");
    touch("crawl/CC-MAIN-2.warc.gz");
    touch("crawl/sub/CC-MAIN-3.warc.wet.gz");

    List<InputShard> shards = Inputs.resolve(List.of(dir + "/crawl/*.wet.gz"), 1000);

    assertThat(shards).extracting(InputShard::id).containsExactly("CC-MAIN-1");
    assertThat(shards.get(0).format()).isEqualTo(InputFormat.WET);
  }

  @Test
  void resolve_looseFiles_areBatchedPerFolder() throws Exception {
    for (int i = 0; i < 5; i++) {
      touch("pages/p" + i + ".html");
    }
    touch("texts/t.txt");

    List<InputShard> shards = Inputs.resolve(List.of(dir.toString()), 2);

    assertThat(shards).extracting(InputShard::id)
        .containsExactly("pages-html-0", "pages-html-1", "pages-html-2", "texts-text-0");
    assertThat(shards.get(0).files()).hasSize(2);
    assertThat(shards.get(2).files()).hasSize(1);
  }

  @Test
  void resolve_sameNameInTwoFolders_getsUniqueIds() throws Exception {
    touch("a/data.jsonl");
    touch("b/data.jsonl");
    assertThat(Inputs.resolve(List.of(dir.toString()), 10)).extracting(InputShard::id)
        .containsExactly("data", "data-2");
  }

  @Test
  void resolve_sameFileTwice_isReadOnce() throws Exception {
    Path f = touch("a.jsonl");
    assertThat(Inputs.resolve(List.of(f.toString(), dir.toString(), dir + "/*.jsonl"), 10)).hasSize(1);
  }

  @Test
  void resolve_badInputs_areClearErrors() throws Exception {
    touch("empty/readme.md");
    Path pdf = touch("doc.pdf");
    assertThatThrownBy(() -> Inputs.resolve(List.of(dir + "/nope.warc.gz"), 10))
        .isInstanceOf(InputException.class).hasMessageContaining("input does not exist").hasMessageContaining("nope");
    assertThatThrownBy(() -> Inputs.resolve(List.of(dir.resolve("empty").toString()), 10))
        .isInstanceOf(InputException.class).hasMessageContaining("no readable input in folder");
    assertThatThrownBy(() -> Inputs.resolve(List.of(pdf.toString()), 10))
        .isInstanceOf(InputException.class).hasMessageContaining("unknown input format");
    assertThatThrownBy(() -> Inputs.resolve(List.of(dir + "/*.warc"), 10))
        .isInstanceOf(InputException.class).hasMessageContaining("no readable input matches");
    assertThatThrownBy(() -> Inputs.resolve(List.of(), 10)).isInstanceOf(InputException.class);
  }

  @Test
  void sanitize_keepsNamesSafeAsPaths() {
    assertThat(Inputs.sanitize("../../etc/passwd")).doesNotContain("/").doesNotContain("..");
    assertThat(Inputs.sanitize("ind_Latn")).isEqualTo("ind_Latn");
    assertThat(Inputs.sanitize("")).isEqualTo("_");
  }

  private Path touch(String relative) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }
}
