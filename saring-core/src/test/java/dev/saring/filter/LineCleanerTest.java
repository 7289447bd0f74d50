package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.document.JsonFields;
import dev.saring.pipeline.OptionsBinder;
import dev.saring.step.RemovedLines;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import dev.saring.testing.SharedData;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineCleanerTest {
  private final LineCleaner cleaner = new LineCleaner(LineCleaner.Options.DEFAULTS);

  @SuppressWarnings("unchecked")
  private static List<String> reasons(Document doc) {
    Object list = doc.metadata().get(RemovedLines.KEY);
    return list == null ? List.of() : ((List<Map<String, Object>>) list).stream()
        .map(m -> (String) m.get("reason")).toList();
  }

  private List<String> removed(String line) {
    Document doc = Prose.doc(Prose.ENGLISH + "\n" + line, "eng_Latn");
    cleaner.apply(doc);
    return reasons(doc);
  }

  @Test
  void apply_eachKindOfBoilerplate_isRemovedWithItsReason() {
    assertThat(removed("Share on Facebook")).containsExactly("share_widget");
    assertThat(removed("Bagikan ke WhatsApp")).containsExactly("share_widget");
    assertThat(removed("Baca juga: Harga Cabai Naik Setelah Banjir")).containsExactly("read_more");
    assertThat(removed("Lire la suite »")).containsExactly("read_more");
    assertThat(removed("We use cookies to improve your experience. Accept all")).containsExactly("cookie_notice");
    assertThat(removed("Situs ini menggunakan cookie untuk pengalaman yang lebih baik.")).containsExactly(
        "cookie_notice");
    assertThat(removed("© 2026 Kabar Nusantara. Hak cipta dilindungi undang-undang.")).containsExactly("copyright");
    assertThat(removed("Alle Rechte vorbehalten.")).containsExactly("copyright");
    assertThat(removed("SCROLL TO CONTINUE WITH CONTENT")).containsExactly("advertisement");
    assertThat(removed("Follow us on Instagram and TikTok")).containsExactly("subscribe");
    assertThat(removed("Leave a comment")).containsExactly("comments");
    assertThat(removed("Tags: banjir, demak, bencana")).containsExactly("tags");
    assertThat(removed("Beranda")).containsExactly("navigation");
    assertThat(removed("Home » News » Asia » Indonesia")).containsExactly("navigation");
    assertThat(removed("Redaksi | Pedoman Media Siber | Kontak | Karir")).containsExactly("navigation");
    assertThat(removed("* * * * *")).containsExactly("symbol_line");
    assertThat(removed("Foto: dpa / Michael Kappeler")).containsExactly("credit");
    assertThat(removed("Photo: Reuters")).containsExactly("credit");
    assertThat(removed("Wie bewerten Sie diesen Artikel?")).containsExactly("rating");
    assertThat(removed("Was this article helpful?")).containsExactly("rating");
    assertThat(removed("This entry was posted in Lenses and tagged Nikkor. Bookmark the permalink.")).containsExactly(
        "post_meta");
    assertThat(removed("Aktualisiert: 03.04.2020, 14:05 Uhr")).containsExactly("post_meta");
    assertThat(removed("Sumber: Antara")).containsExactly("credit");
  }

  /** The footers and sidebars that WordPress-era blog themes print under and beside every post. */
  @Test
  void apply_blogThemeFootersAndWidgetHeadings_areRemoved() {
    assertThat(removed("This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed under Neat "
        + "Stuff, Robot Art, Videos. You can follow any responses to this entry through the RSS 2.0 feed. You can "
        + "leave a response, or trackback from your own site.")).containsExactly("post_meta");
    assertThat(removed("You can follow any responses to this entry through the RSS 2.0 feed. Both comments and "
        + "pings are currently closed.")).containsExactly("comments");
    assertThat(removed("Both comments and pings are currently closed.")).containsExactly("comments");
    assertThat(removed("Previous post: Notes from the harbour")).containsExactly("navigation");
    assertThat(removed("Next Post »")).containsExactly("navigation");
    assertThat(removed("Archives")).containsExactly("navigation");
    assertThat(removed("Categories")).containsExactly("navigation");
    assertThat(removed("Blogroll")).containsExactly("navigation");
    assertThat(removed("Recent Comments")).containsExactly("navigation");
  }

  @Test
  void apply_proseAboutPostsArchivesAndCategories_isKept() {
    assertThat(removed("The previous post on this blog explained why the harbour master counts the boats at dawn, "
        + "and this one tells what he found.")).isEmpty();
    assertThat(removed("The city archives hold the plans of the old bridge.")).isEmpty();
    assertThat(removed("Next post office opening hours will change in May, the council said.")).isEmpty();
    assertThat(removed("Categories of waste that the new plant accepts are listed on the council's site.")).isEmpty();
  }

  @Test
  void apply_proseThatMentionsThePhrases_isKept() {
    assertThat(removed("Share prices rose by five percent on Monday after the results were published.")).isEmpty();
    assertThat(removed("The court ruled that the website must ask before it uses cookies to track visitors, "
        + "a decision that privacy groups had sought for years and that advertisers opposed.")).isEmpty();
    assertThat(removed("Sabtu, 14/02/2026 08:30 WIB")).isEmpty();
    assertThat(removed("The photo: a crowd of three thousand people outside the town hall, waiting in the rain for "
        + "the result of the vote.")).isEmpty();
    assertThat(removed("Photo: the new bridge at dawn, seen from the old harbour wall where the ferries once "
        + "docked, with the city behind it.")).isEmpty();
    assertThat(removed("Read more books, the mayor said, and you will understand your city better.")).isEmpty();
    assertThat(removed("Home prices in the valley rose again this year.")).isEmpty();
  }

  @Test
  void apply_keepsParagraphsAndDropsEmptiedDocuments() {
    Document doc = Prose.doc("Beranda\n\nFirst paragraph here.\n\nBaca juga: lain\n\nSecond paragraph.", "ind_Latn");
    assertThat(cleaner.apply(doc)).isEqualTo(Verdict.KEEP);
    assertThat(doc.text()).isEqualTo("First paragraph here.\n\nSecond paragraph.");
    assertThat(cleaner.apply(Prose.doc("Beranda\nBagikan\n-----", "ind_Latn"))).isEqualTo(Verdict.drop("empty"));
  }

  @Test
  void apply_c4Rules_whenEnabled_removeLinesButNeverThePage() {
    LineCleaner withC4 = new LineCleaner(OptionsBinder.bind("t", LineCleaner.Options.DEFAULTS,
        Map.of("c4_rules", true)));
    Document doc = Prose.doc(Prose.ENGLISH + "\nThe menu of the week\nLorem ipsum dolor sit amet sed.", "eng_Latn");
    assertThat(withC4.apply(doc)).isEqualTo(Verdict.KEEP);
    assertThat(reasons(doc)).containsExactly("no_terminal_punct");
  }

  @Test
  void apply_realDetikArticles_removesTheirBoilerplateAndAlmostNoProse() throws Exception {
    var file = SharedData.require("data/text-id/detik-news.jsonl");
    int lines = 0;
    int scroll = 0;
    int removedOther = 0;
    int scrollRemoved = 0;
    for (String json : Files.readAllLines(file)) {
      Document doc = DocumentJson.parse(json, JsonFields.DEFAULT);
      doc.metadata().put(Document.LANGUAGE, "ind_Latn");
      for (String line : doc.text().split("\n")) {
        if (!line.isBlank()) {
          lines++;
          scroll += line.strip().equals("SCROLL TO CONTINUE WITH CONTENT") ? 1 : 0;
        }
      }
      cleaner.apply(doc);
      for (String r : reasons(doc)) {
        if (r.equals("advertisement")) {
          scrollRemoved++;
        } else if (!r.equals("read_more")) {
          removedOther++;
        }
      }
    }
    assertThat(scrollRemoved).isGreaterThanOrEqualTo(scroll).isGreaterThan(400);
    // Prose lines taken for anything but ads and "baca juga"/"simak video" links: well under 0.5%.
    assertThat((double) removedOther / lines).isLessThan(0.005);
  }
}
