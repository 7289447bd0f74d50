package dev.saring.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.step.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = HtmlExtractor.standard();

  static final String NEWS = """
      <!DOCTYPE html><html lang="en"><head><title>Library reopens | Gazette</title>
      <link rel="canonical" href="https://gazette.example/library">
      <meta property="article:published_time" content="2026-04-02T09:00:00Z">
      <script>var tracking = {id: 1};</script><style>p{color:red}</style></head><body>
      <header><a href="/">Gazette</a><nav><ul><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li></ul></nav></header>
      <div id="cookie-consent">We use cookies to improve your experience. Accept all</div>
      <main><article class="post">
        <h1>Riverside Library Reopens After Renovation</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <p>The Riverside Public Library opened its doors again on Saturday after a two-year renovation that
        replaced the roof and added a children's wing and a community workshop.</p>
        <p>More than six hundred people lined up before the ribbon cutting, and by noon the librarians had
        issued over four hundred new library cards, the head librarian said.</p>
        <p>The project cost 11.4 million dollars, a third of it from a bond measure the voters approved.</p>
      </article>
      <section class="related-stories"><h2>Related stories</h2><ul><li><a href="/a">Council approves bike
        lanes on Main Street after a long debate</a></li><li><a href="/b">Farmers market returns</a></li></ul></section>
      <div id="comments"><h3>3 comments</h3><p>Great news, finally! I have been waiting for this for years
        and I am very happy about the new wing.</p></div></main>
      <aside class="sidebar"><h3>Most read</h3><p><a href="/x">Storm warning for the weekend</a></p></aside>
      <footer><p>&copy; 2026 Gazette. All rights reserved. Privacy Policy | Terms of Use</p></footer>
      </body></html>""";

  @Test
  void extract_newsPage_keepsTheArticleAndLeavesTheFurniture() {
    Extraction x = extractor.extract(NEWS, "https://gazette.example/library?utm=1");
    assertThat(x.text()).startsWith("Riverside Library Reopens After Renovation\n")
        .contains("two-year renovation that replaced the roof", "six hundred people", "bond measure")
        .doesNotContain("City", "Weather", "cookies", "Share on Facebook", "Related stories", "bike lanes",
            "Great news", "Storm warning", "All rights reserved", "tracking");
    assertThat(x.text().split("\n")).hasSize(4);
    assertThat(x.title()).isEqualTo("Library reopens | Gazette");
    assertThat(x.language()).isEqualTo("en");
    assertThat(x.canonicalUrl()).isEqualTo("https://gazette.example/library");
    assertThat(x.published()).isEqualTo("2026-04-02T09:00:00Z");
    assertThat(x.score()).isGreaterThan(0.9);
  }

  @Test
  void extract_commentsOnRequest() {
    HtmlExtractor withComments = new HtmlExtractor(new HtmlExtractor.Settings(5_000_000, 2_000, true, true));
    assertThat(withComments.extract(NEWS, null).text()).contains("six hundred people");
  }

  @Test
  void extract_indonesianArticleOnSpamSite_leavesTheSeoFooterOut() {
    String html = """
        <html lang="id"><body><div class="topbar"><a href="/daftar">DAFTAR</a> <a href="/login">LOGIN</a></div>
        <div class="container"><article><h1>Banjir Bandang Rendam Tiga Kecamatan di Demak</h1>
        <p>Hujan deras yang mengguyur wilayah hulu sejak Jumat sore menyebabkan Sungai Tuntang meluap dan merendam
        tiga kecamatan di Kabupaten Demak, Jawa Tengah.</p>
        <p>Kepala Badan Penanggulangan Bencana Daerah mengatakan bahwa tim gabungan telah mengevakuasi lebih dari
        empat ribu jiwa ke balai desa, sekolah, dan masjid.</p></article></div>
        <div class="footer-seo"><p>Posted By : Togel Hongkong Malam Ini | Slot Gacor Maxwin Hari Ini | Situs Judi
        Online Terpercaya | Bonus New Member 100 di Awal</p></div></body></html>""";
    Extraction x = extractor.extract(html, null);
    assertThat(x.text()).contains("Sungai Tuntang meluap", "empat ribu jiwa").doesNotContain("Togel", "DAFTAR");
    assertThat(x.language()).isEqualTo("id");
  }

  @Test
  void extract_listPage_putsEachItemOnItsOwnLine() {
    String html = """
        <html><body><nav><a href="/">Home</a></nav><div class="entry-content"><h2>Ingredients</h2><ul>
        <li>200 g flour</li><li>100 g sugar</li><li>2 eggs</li><li>a pinch of salt</li></ul>
        <p>Mix the flour and the sugar, then add the eggs one by one and stir until the dough is smooth.</p>
        </div></body></html>""";
    assertThat(extractor.extract(html, null).text()).isEqualTo(
        "Ingredients\n200 g flour\n100 g sugar\n2 eggs\na pinch of salt\n"
            + "Mix the flour and the sugar, then add the eggs one by one and stir until the dough is smooth.");
  }

  @Test
  void extract_pageWithoutAnArticle_givesNoTextAndTheStepDropsIt() {
    String html = "<html><body><ul>" + "<li><a href='/x'>Category link</a></li>".repeat(30) + "</ul></body></html>";
    assertThat(extractor.extract(html, null).text()).isEmpty();
    Document doc = html(html);
    assertThat(new ExtractStep(ExtractStep.Options.DEFAULTS).apply(doc)).isEqualTo(Verdict.drop("no_text"));
  }

  /** Some blog platforms ship the post as HTML in a script template and render it with JavaScript. */
  @Test
  void extract_articleInAScriptTemplate_isRead_aScriptOfCodeIsNot() {
    String article = "<article><h1>Notes from the harbour</h1>"
        + "<p>The ferry left at dawn, and the harbour master counted forty boats waiting for the tide.</p>".repeat(6)
        + "</article>";
    String page = "<html><head><title>Blog</title></head><body><nav><a href='/'>Home</a></nav>"
        + "<script type='text/template'>" + article + "</script>"
        + "<script>var notes = 'The ferry left at dawn, and the harbour master counted forty boats';</script>"
        + "</body></html>";
    Extraction x = extractor.extract(page, null);
    assertThat(x.text()).startsWith("Notes from the harbour\nThe ferry left at dawn").doesNotContain("var notes");
    assertThat(x.text().split("\n")).hasSize(7);
    assertThat(x.title()).isEqualTo("Blog");

    String plain = page.replace("type='text/template'", "type='text/javascript'");
    assertThat(extractor.extract(plain, null).text()).isEmpty();
  }

  @Test
  void extract_articleInsideAnAside_orAShareTaggedArticle_isNotThrownAway() {
    String aside = "<html><body><aside class='page'><section itemtype='http://schema.org/Article'><p>"
        + "A whole article placed inside an aside element by an unusual template, with enough words to count. "
        + "</p><p>It goes on with a second paragraph that should also be kept by the extractor.</p></section></aside>"
        + "</body></html>";
    assertThat(extractor.extract(aside, null).text()).contains("unusual template", "second paragraph");
    String tagged = "<html><body><article class='post enable-pin-share tag-social'><p>This post carries share "
        + "and social words in its classes only because of its tags, and is the main text of the page.</p>"
        + "</article></body></html>";
    assertThat(extractor.extract(tagged, null).text()).contains("main text of the page");
  }


  /** A sidebar of teasers that outweighs the article, so that only the class names decide. */
  private static String withHeavySidebar(String article) {
    StringBuilder sidebar = new StringBuilder("<div class='sidebar'>");
    for (int i = 0; i < 12; i++) {
      sidebar.append("<p><a href='/t").append(i).append("'>Teaser number ").append(i)
          .append(" about another story that the site would like you to read next</a></p>");
    }
    return "<html><body>" + article + sidebar + "</div></body></html>";
  }

  @Test
  void extract_categorySlugAfterAPrefix_doesNotMarkThePostAsFurniture() {
    String post = "<div class='entry-category-social_media entry-category-marketing entry-type-post entry'>"
        + "<h3>Brands become publishers</h3><p>Companies now run their own newsrooms, and this post explains "
        + "why that change matters for every marketing team that still buys its reach.</p><p>The second "
        + "paragraph gives three examples from retail, travel and banking, each with its own numbers.</p></div>";
    assertThat(extractor.extract(withHeavySidebar(post), null).text())
        .contains("own newsrooms", "three examples").doesNotContain("Teaser number");
    StringBuilder blog = new StringBuilder("<html><body><div id='content'>");
    for (String day : new String[] {"Monday", "Tuesday", "Wednesday"}) {
      blog.append("<div class='serendipity_entry serendipity_entry_author_Ann-Lee'><p>On ").append(day)
          .append(" the team fixed the playlist editor, and the release notes explain every change in detail.</p>"
              + "<p>Thanks to everyone who tested the nightly builds and sent in their reports.</p></div>");
    }
    assertThat(extractor.extract(blog + "</div></body></html>", null).text())
        .contains("On Monday the team", "On Wednesday the team");
    String sharePost = post.replace("entry-category-social_media", "social-share");
    assertThat(extractor.extract(withHeavySidebar(sharePost), null).text()).doesNotContain("own newsrooms");
  }

  /** A shop menu long enough that the article holds under 40% of the page's text. */
  @Test
  void extract_articleBodyWithAJavaScriptHook_isKept_aShareBoxIsNot() {
    StringBuilder menu = new StringBuilder("<ul>");
    for (int i = 0; i < 60; i++) {
      menu.append("<li><a href='/c").append(i).append("'>Browse category number ").append(i).append("</a></li>");
    }
    menu.append("</ul>");
    String page = "<html><body>" + menu + "<h1>Why the old bridge matters</h1>"
        + "<div class='module content_module js-social-images'><p>The old bridge carried the railway for ninety "
        + "years, and the town grew up around its two stations on either bank of the river.</p><p>Restoring it "
        + "would cost less than the new crossing, the engineers say, and it would keep the station squares alive."
        + "</p></div><div class='social-images'><p>Pin these pictures to your boards and share them with your "
        + "friends on every network you use.</p></div></body></html>";
    assertThat(extractor.extract(page, null).text()).contains("ninety years", "station squares")
        .doesNotContain("Pin these pictures", "Browse category");
  }

  @Test
  void extract_landmarkNamedAsArticleBody_isKept_andAPlainAsideIsNot() {
    String body = "<p>An article body that a template wrapped in an aside, with enough words in it to count as "
        + "prose for the selector.</p><p>Its second paragraph has more sentences, and they belong to the article "
        + "as well.</p>";
    assertThat(extractor.extract(withHeavySidebar("<aside class='entry-content'>" + body + "</aside>"), null)
        .text()).contains("template wrapped in an aside", "second paragraph");
    assertThat(extractor.extract(withHeavySidebar("<aside class='box'>" + body + "</aside>"), null).text())
        .doesNotContain("template wrapped in an aside");
  }
  @Test
  void extract_pictureCaptionsAreLeftOut_unlessTheyAreThePagesText() {
    String article = "<html><body><article><h1>Harbour bridge closes for repairs</h1><p>The harbour bridge will be "
        + "closed to cars for six weeks from Monday while crews replace the expansion joints and repaint the "
        + "railings.</p><figure><img src='b.jpg'><figcaption>Workers on the bridge deck in March, before the "
        + "railings came off</figcaption></figure>"
        + "<p>Buses will take the ring road, and the ferry will run every ten minutes instead of every twenty "
        + "during the works.</p></article></body></html>";
    assertThat(extractor.extract(article, null).text()).contains("expansion joints", "ferry will run")
        .doesNotContain("Workers on the bridge deck");
    StringBuilder gallery = new StringBuilder("<html><body><h1>Ten costumes to make at home</h1><p>Ideas for "
        + "a cheap costume this year.</p>");
    for (int i = 1; i <= 10; i++) {
      gallery.append("<figure><img src='").append(i).append(".jpg'><figcaption>Costume ").append(i)
          .append(": what you need is an old shirt, a marker pen and a cardboard box, and an hour on a rainy "
              + "afternoon to put them together.</figcaption></figure>");
    }
    assertThat(extractor.extract(gallery + "</body></html>", null).text()).contains("Costume 1:", "Costume 10:");
  }

  @Test
  void extract_paragraphOfBrokenLines_keepsTheParagraphsBesideIt() {
    StringBuilder lines = new StringBuilder("<p>");
    for (int i = 1; i <= 6; i++) {
      lines.append("Line ").append(i).append(" of the long paragraph, which the editor typed with line breaks "
          + "instead of paragraphs, and it still belongs to the story.<br><br>");
    }
    // The short paragraphs after it are too short for the selector to take in on their own.
    String page = "<html><body><div class='story'>" + lines + "</p><p>The closing paragraph gives the numbers "
        + "from the vote on Monday.</p><p>The last one says what the mayor said afterwards.</p></div></body></html>";
    assertThat(extractor.extract(page, null).text()).contains("Line 1 ", "Line 6 ", "closing paragraph",
        "what the mayor said");
  }

  @Test
  void extract_leadParagraphsUnderTheSameWidgetClass_areTakenIn_aFooterAfterCleanTextIsNot() {
    String wrap = "<div class='elementor-widget elementor-widget-theme-post-content'><div class='widget-container'>";
    String story = "<p>The body of the story goes on in a second block, with far more paragraphs than the lead "
        + "has.</p><p>It explains who can vote, and where, and until which day the ballot boxes stay open.</p><p>And "
        + "it ends with what happens after the vote, when the results are counted and published.</p>";
    String page = "<html><body><div class='main'>" + wrap + "<p>The lead paragraph sits in its own block of the page "
        + "builder, and tells the reader what the vote is about.</p></div></div><div>" + wrap + story
        + "</div></div></div></div></body></html>";
    assertThat(extractor.extract(page, null).text()).contains("The lead paragraph", "after the vote");
    String footer = "<div class='site-footer'><p>Every week our newsletter tells you what happened in the city "
        + "council, in the schools and on the roads, and what is coming next week, so sign up for it today.</p></div>";
    String clean = "<html><body><div class='main'><div>" + story + "</div>" + footer + "</div></body></html>";
    assertThat(extractor.extract(clean, null).text()).contains("after the vote").doesNotContain("newsletter");
  }

  /** A blog post whose comments are marked by their heading only, with {@code byline} above the post. */
  private static String unmarkedComments(String heading, String byline) {
    return "<html><body><div class='content'><h1>Why the old bridge matters</h1><p>" + byline + "</p><p>The old "
        + "bridge carried the railway for ninety years, and the town grew up around its two stations on either "
        + "bank of the river.</p><p>Restoring it would cost less than the new crossing, the engineers say, and it "
        + "would keep the station squares alive for the markets that use them.</p><p>The council votes on both "
        + "plans next month, after a hearing where residents can speak.</p><h2>" + heading + "</h2><p>I grew up next "
        + "to that bridge and walked over it to school every single day, so please keep it standing.</p>"
        + "<p>Posted by: Marta at 3:24 PM</p><p>The new crossing is the better deal in the long run, whatever "
        + "the engineers say about the cost of the repairs.</p></div></body></html>";
  }

  @Test
  void extract_commentsUnderAHeadingOnly_areLeftOut_unlessAskedFor() {
    for (String heading : new String[] {"Comments", "12 Comments", "Kommentare (3)", "Leave a reply"}) {
      assertThat(extractor.extract(unmarkedComments(heading, "By Ann Lee"), null).text()).as(heading)
          .contains("ninety years", "hearing where residents").doesNotContain("walked over it", "long run");
    }
    HtmlExtractor withComments = new HtmlExtractor(new HtmlExtractor.Settings(5_000_000, 2_000, true, true));
    assertThat(withComments.extract(unmarkedComments("12 Comments", "By Ann Lee"), null).text())
        .contains("ninety years", "walked over it", "long run");
  }

  /** Movable Type and others mark the heading as the comments anchor and leave the comments unmarked. */
  @Test
  void extract_aCommentsHeadingMarkedAsComments_stillEndsTheArticle() {
    String page = unmarkedComments("Comments", "By Ann Lee")
        .replace("<h2>Comments</h2>", "<div class='commentform'><h2 id='comments'>Comments</h2></div>");
    assertThat(extractor.extract(page, null).text()).contains("ninety years", "hearing where residents")
        .doesNotContain("walked over it", "long run", "Comments");
    HtmlExtractor withComments = new HtmlExtractor(new HtmlExtractor.Settings(5_000_000, 2_000, true, true));
    assertThat(withComments.extract(page, null).text()).contains("ninety years", "walked over it", "long run");
  }

  @Test
  void extract_commentBodiesAndTrackbacks_areLeftOut() {
    StringBuilder page = new StringBuilder("<html><body><div class='blog'><h1>Why the old bridge matters</h1>"
        + "<p>The old bridge carried the railway for ninety years, and the town grew up around its two stations on "
        + "either bank of the river.</p><p>Restoring it would cost less than the new crossing, the engineers say, "
        + "and it would keep the station squares alive for the markets that use them.</p>");
    for (String name : new String[] {"Marta", "Jon", "Li"}) {
      page.append("<div class='commentbody by-").append(name.toLowerCase()).append("'><p>I grew up next to that ")
          .append("bridge and walked over it to school every single day, so please keep it standing, ").append(name)
          .append(" says.</p><p class='posted'>Posted by: ").append(name).append(" at 3:24 PM</p></div>");
    }
    page.append("<div class='trackbacks'><h3 class='trackbacks-header'>TrackBack</h3><p>TrackBack URL for this ")
        .append("entry: http://www.example.org/services/trackback/6a00d8341c</p><p>Listed below are links to ")
        .append("weblogs that reference <a href='/bridge'>Why the old bridge matters</a>, the post above.</p></div>")
        .append("</div></body></html>");
    assertThat(extractor.extract(page.toString(), null).text()).contains("ninety years", "station squares")
        .doesNotContain("walked over it", "Posted by", "TrackBack", "weblogs");
  }

  @Test
  void extract_aCommentsFieldLabelOrABylineCount_doesNotEndTheArticle() {
    assertThat(extractor.extract(unmarkedComments("Comments:", "By Ann Lee"), null).text())
        .contains("ninety years", "walked over it");
    assertThat(extractor.extract(unmarkedComments("Notes", "Comments"), null).text())
        .contains("ninety years", "hearing where residents", "walked over it");
  }

  @Test
  void extract_sidebarAndAuthorBoxInsideTheArticleColumn_areLeftOut_aSidebarNamedArticleIsKept() {
    String post = "<p>The market opened at dawn, and by eight the square was full of stalls selling apples, cheese "
        + "and bread from the villages around the town.</p><p>Most of the traders have come every Saturday for "
        + "twenty years, and they know their customers by name.</p><p>The town plans to cover the square with a "
        + "glass roof next spring, so the market can stay open in the rain.</p>";
    // The paragraphs sit right in the column, so the column is the container, boxes and all.
    String column = "<html><body><div id='column'>" + post + "<div class='about-author'><p>"
        + "Ann Lee writes about food and markets for the weekly paper, and has two cookbooks out this year.</p>"
        + "</div><div class='sidebar'><p>Subscribe to our weekly letter and get every market report in your inbox "
        + "before anyone else reads it.</p></div></div></body></html>";
    assertThat(extractor.extract(column, null).text()).contains("glass roof", "know their customers")
        .doesNotContain("cookbooks", "Subscribe");
    String misnamed = "<html><body><div id='column'><div class='sidebar-left'>" + post + "</div><div><p>Short note "
        + "at the end.</p></div></div></body></html>";
    assertThat(extractor.extract(misnamed, null).text()).contains("glass roof", "know their customers");
  }

  @Test
  void extract_rubyReadings_areLeftOut() {
    String page = "<html lang='ja'><body><article><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>"
        + "虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt>"
        + "</ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり蹴ったりする"
        + "ことが禁止されました。</p></article></body></html>";
    assertThat(extractor.extract(page, null).text()).contains("子どもへの虐待をなくすための法律ができて")
        .doesNotContain("ぎゃくたい", "(");
  }

  @Test
  void extract_aCommentSectionLongerThanTheArticle_isLeftOut_aForumThreadIsNot() {
    StringBuilder comments = new StringBuilder("<div id='comments'><h2>Responses</h2><dl>");
    // Five comments: about 70% of the page's text, over the 40% that protects a mislabelled article.
    for (int i = 1; i <= 5; i++) {
      comments.append("<dt>").append(i).append(". Reader ").append(i).append("</dt><dd><p>I watched the game "
          + "on television and the pitch was better than I expected, the crowd loved every second of it.</p></dd>");
    }
    comments.append("</dl></div>");
    String post = "<div id='content'><div class='post'><h2>The captain throws the first pitch</h2><p>Over the "
        + "weekend the team held a space night, and the old captain threw the first pitch to a full stadium.</p>"
        + "<p>He got it over the plate, to the theme tune played on the ballpark organ.</p></div>";
    String page = "<html><body>" + post + comments + "</div></body></html>";
    assertThat(extractor.extract(page, null).text()).contains("first pitch to a full stadium", "ballpark organ")
        .doesNotContain("watched the game");
    String thread = "<html><body><h1>Which glue for tissue paper?</h1>" + comments + "</body></html>";
    assertThat(extractor.extract(thread, null).text()).contains("watched the game");
  }

  @Test
  void step_passesNonHtmlThroughAndRecordsMetadata() {
    ExtractStep step = new ExtractStep(ExtractStep.Options.DEFAULTS);
    Document text = new Document("t", "plain text stays");
    assertThat(step.apply(text)).isEqualTo(Verdict.KEEP);
    assertThat(text.text()).isEqualTo("plain text stays");
    Document page = html(NEWS);
    assertThat(step.apply(page)).isEqualTo(Verdict.KEEP);
    assertThat(page.isHtml()).isFalse();
    assertThat(page.metadata()).containsEntry("title", "Library reopens | Gazette").containsEntry("html_lang", "en")
        .containsEntry("canonical_url", "https://gazette.example/library").containsKey("extraction_score");
  }

  @Test
  void hostile_deepNesting_brokenMarkup_binary_hugeText_neverBreak() {
    String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep text at the bottom of a very deep tree, "
        + "long enough to be a paragraph of real text.</p>" + "</div>".repeat(100_000) + "</body></html>";
    assertThat(extractor.extract(deep, null).text()).contains("Deep text");

    String broken = "<html><body><div><p>Unclosed <b>bold <i>italic</div></p></span><table><td>cell</tr>"
        + "<p>Second paragraph after broken markup that still has plenty of words to read.</body>";
    assertThat(extractor.extract(broken, null).text()).contains("Second paragraph");

    StringBuilder binary = new StringBuilder("<html><body><p>");
    new java.util.Random(1).ints(50_000, 0, 0x10000).forEach(c -> binary.append((char) c));
    assertThat(extractor.extract(binary.toString(), null)).isNotNull();

    String huge = "<html><body><p>" + "word ".repeat(10_000_000) + "</p></body></html>";
    Extraction x = extractor.extract(huge, null);
    assertThat(x.truncated()).isTrue();
    assertThat(x.text().length()).isLessThanOrEqualTo(5_000_000);
  }

  @Test
  void timeBudget_endsAPathologicalPageWithAFailure() {
    ExtractStep slow = new ExtractStep(new ExtractStep.Options(512, 1, false, true));
    String page = "<html><body>" + "<div><p>Some text in a paragraph of the page.</p></div>".repeat(200_000)
        + "</body></html>";
    long t0 = System.nanoTime();
    assertThat(slow.apply(html(page))).isEqualTo(Verdict.fail("extract_timeout"));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
  }

  private static Document html(String html) {
    Document d = new Document("p", html);
    d.metadata().put(Document.CONTENT_TYPE, "text/html");
    return d;
  }
}
