package dev.saring.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.extract.ClassHints.Kind;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
  private final ClassHints hints = ClassHints.standard();

  private static Element element(String attributes) {
    return Jsoup.parseBodyFragment("<div " + attributes + ">x</div>").body().child(0);
  }

  @Test
  void kind_classIdAndItemprop_combineByStrength() {
    assertThat(hints.kind(element("class='post'"))).isEqualTo(Kind.POSITIVE);
    assertThat(hints.kind(element("class='post' id='entry-content'"))).isEqualTo(Kind.STRONG);
    assertThat(hints.kind(element("class='entry-content' id='menu'"))).isEqualTo(Kind.NEGATIVE);
    assertThat(hints.kind(element("class='sidebar' id='post-content'"))).isEqualTo(Kind.FURNITURE);
    assertThat(hints.kind(element("class='share sidebar'"))).isEqualTo(Kind.REMOVE);
    assertThat(hints.kind(element("itemprop='articleBody'"))).isEqualTo(Kind.STRONG);
    assertThat(hints.kind(element("class='post' itemprop='articleBody'"))).isEqualTo(Kind.STRONG);
    assertThat(hints.kind(element("class='sidebar' itemprop='articleBody'"))).isEqualTo(Kind.FURNITURE);
    assertThat(hints.kind(element("class='x1 y2' id='main3'"))).isEqualTo(Kind.NONE);
  }

  @Test
  void kind_taxonomySlugs_sayNothing_theSameWordsOutsideASlugDo() {
    assertThat(hints.kind(element("class='tag-sidebar category-share'"))).isEqualTo(Kind.NONE);
    assertThat(hints.kind(element("class='entry-category-social_media Post_Tag_Share'"))).isEqualTo(Kind.NONE);
    assertThat(hints.kind(element("class='serendipity_entry_author_Sidebar'"))).isEqualTo(Kind.NONE);
    assertThat(hints.kind(element("class='post-sidebar'"))).isEqualTo(Kind.FURNITURE);
    assertThat(hints.kind(element("class='entry-share'"))).isEqualTo(Kind.REMOVE);
    assertThat(hints.kind(element("class='has-sidebar post'"))).isEqualTo(Kind.POSITIVE);
    assertThat(hints.kind(element("class='content js-social-images'"))).isEqualTo(Kind.POSITIVE);
    assertThat(hints.kind(element("class='content social-images'"))).isEqualTo(Kind.REMOVE);
  }

  /** The page cache keys class and id strings separately: an id's verdict never sticks to a shared class. */
  @Test
  void pageHints_giveTheVerdictsOfClassHints_forRepeatedClassesWithDifferentIds() {
    Element page = Jsoup.parse("""
        <div class="post"><p>a</p></div>
        <div class="post" id="sidebar"><p>b</p></div>
        <div class="post" id="entry-content"><p>c</p></div>
        <div id="post"><p>d</p></div>
        <div class="tag-share" id="share"><p>e</p></div>
        <div class="tag-share"><p>f</p></div>
        """).body();
    PageHints cached = PageHints.standard();
    List<Element> divs = page.select("div");
    for (int pass = 0; pass < 2; pass++) {
      for (Element e : divs) {
        assertThat(cached.kind(e)).as(e.outerHtml()).isEqualTo(hints.kind(e));
      }
    }
    assertThat(divs.stream().map(cached::kind).toList()).containsExactly(Kind.POSITIVE, Kind.FURNITURE,
        Kind.STRONG, Kind.POSITIVE, Kind.REMOVE, Kind.NONE);
  }
}
