package dev.saring.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.Verdict;
import dev.saring.testing.Prose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worked documents for every reason of the spam step, in Indonesian and English, kept and dropped. */
class SpamStepTest {
  private final SpamStep step = new SpamStep(SpamStep.Options.DEFAULTS);

  static final String ARTICLE_ID = String.join("\n",
      "Pemerintah Kota Bandung akan memperluas jalur sepeda di pusat kota mulai bulan depan.",
      "Kepala Dinas Perhubungan mengatakan jalur baru itu akan menghubungkan stasiun dengan kawasan kampus.",
      "Menurut dia, pembangunan dilakukan bertahap agar tidak mengganggu arus lalu lintas pada jam sibuk.",
      "Warga menyambut baik rencana tersebut karena selama ini banyak pesepeda harus berbagi jalan dengan mobil.",
      "Anggaran proyek berasal dari dana daerah dan diperkirakan selesai sebelum akhir tahun.");

  private static Document doc(String text) {
    return Prose.doc(text, "ind_Latn");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> removed(Document d) {
    Object v = d.metadata().get(RemovedLines.KEY);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  @Test
  void gamblingFooter_isRemoved_andTheArticleKeptWhole() {
    String footer = "Situs slot gacor hari ini gampang maxwin! Daftar sekarang di SLOT88, bonus new member 100%.";
    Document d = doc(ARTICLE_ID + "\n" + footer);
    Verdict v = step.apply(d);
    assertThat(v.kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(d.text()).isEqualTo(ARTICLE_ID);
    assertThat(removed(d)).singleElement().satisfies(e -> {
      assertThat(e.get("reason")).isEqualTo("spam:gambling");
      assertThat(e.get("text")).isEqualTo(footer);
    });
    @SuppressWarnings("unchecked")
    Map<String, Object> spam = (Map<String, Object>) d.metadata().get("spam");
    assertThat(spam).containsEntry("category", "gambling").containsEntry("lines_removed", 1);
    assertThat((Map<String, Integer>) spam.get("terms")).containsKeys("slot gacor", "gampang maxwin");
  }

  @Test
  void spamParagraphInjectedMidArticle_isRemoved() {
    String[] lines = ARTICLE_ID.split("\n");
    String injected = "Bocoran RTP live slot pragmatic play tertinggi hari ini, pola gacor scatter hitam anti rungkad.";
    Document d = doc(lines[0] + "\n" + lines[1] + "\n" + injected + "\n" + lines[2] + "\n" + lines[3] + "\n" + lines[4]);
    assertThat(step.apply(d).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(d.text()).isEqualTo(ARTICLE_ID);
  }

  @Test
  void wholeGamblingPage_isDropped() {
    String page = String.join("\n",
        "SLOT88 Situs Judi Slot Online Gacor Terpercaya 2026",
        "Selamat datang di situs slot gacor terbaik dengan RTP live tertinggi dan bonus new member 100% di awal.",
        "Mainkan pragmatic play, pg soft, mahjong ways dan gates of olympus dengan deposit pulsa tanpa potongan.",
        "Daftar sekarang dan rasakan sensasi maxwin setiap hari bersama agen slot resmi kami.",
        "Link alternatif SLOT88 selalu aktif, withdraw cepat dan aman.");
    Document d = doc(page);
    Verdict v = step.apply(d);
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(v.reason()).isEqualTo("spam:gambling");
  }

  @Test
  void gamblingPageWrittenAsProse_isDroppedByDensity() {
    String page = "Bermain di situs judi online terpercaya memberikan banyak keuntungan bagi para pemain yang ingin "
        + "mendapatkan jackpot. Situs ini menyediakan permainan togel, kasino, dan slot dengan peluang menang yang "
        + "besar. Setiap member baru mendapatkan bonus deposit dan pelayanan customer service selama 24 jam. "
        + "Permainan judi bola juga tersedia dengan pasaran lengkap dan odds terbaik untuk semua liga di dunia. "
        + "Kami adalah bandar togel terpercaya dengan hadiah terbesar, dan pemain bisa melakukan deposit kapan saja.";
    Verdict v = step.apply(doc(page));
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(v.reason()).isEqualTo("spam:gambling");
  }

  @Test
  void newsAboutAPoliceRaidOnAGamblingRing_isKeptUntouched() {
    String news = String.join("\n",
        "Polda Metro Jaya menangkap 12 tersangka yang mengelola situs judi online jaringan internasional.",
        "Kapolda mengatakan para pelaku mempromosikan situs slot gacor melalui media sosial dan pesan berantai.",
        "Polisi menyita uang tunai, puluhan telepon genggam, dan rekening yang dipakai untuk menampung deposit pemain.",
        "Para tersangka dijerat pasal perjudian dalam KUHP dan UU ITE dengan ancaman hukuman penjara sepuluh tahun.",
        "Kominfo telah memblokir ribuan situs judi online sepanjang tahun ini, namun situs baru terus bermunculan.");
    Document d = doc(news);
    assertThat(step.apply(d).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(d.text()).isEqualTo(news);
    assertThat(removed(d)).isEmpty();
  }

  @Test
  void parliamentDebateOnGamblingLaw_isKept_inIndonesianAndEnglish() {
    String dpr = String.join("\n",
        "Anggota DPR dari Komisi I meminta pemerintah memperkuat pemberantasan judi online yang merugikan masyarakat.",
        "Menurut dia, rancangan undang-undang yang baru harus memberi kewenangan lebih besar untuk pemblokiran situs judi.",
        "Menteri menyebut kecanduan judi slot telah membuat banyak keluarga terjerat utang dan pinjaman online.",
        "Pemerintah juga akan bekerja sama dengan PPATK untuk menelusuri aliran dana dari bandar judi.");
    Document id = doc(dpr);
    assertThat(step.apply(id).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(id.text()).isEqualTo(dpr);

    String hansard = String.join("\n",
        "Lawmakers in parliament debated a bill on Tuesday that would ban online casino advertising on television.",
        "The minister said sports betting companies had spent record sums on promotions, and problem gambling had risen.",
        "Opposition members argued that the legislation did not go far enough and called for a levy on online gambling.",
        "The regulator will report to the senate next year on how the new law has affected addiction rates.");
    Document en = Prose.doc(hansard, "eng_Latn");
    assertThat(step.apply(en).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(en.text()).isEqualTo(hansard);
  }

  @Test
  void termsInsideLongerWords_areNotMatched() {
    String text = String.join("\n",
        "The specialists at the clinic asked for a judicial review of the alphabet soup of new regulations.",
        "Sussex and Essex councils said the betterment levy would fund slotted drainage covers.",
        "Para spesialis menyebut tabulasi data itu sebagai hal biasa.");
    Document d = Prose.doc(text, "eng_Latn");
    assertThat(step.apply(d).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(d.metadata()).doesNotContainKey("spam");
    assertThat(d.text()).isEqualTo(text);
  }

  @Test
  void caseWidthDiacriticsAndPunctuation_doNotHideTerms() {
    for (String line : List.of("SLOT GACOR MAXWIN HARI INI", "ｓｌｏｔ ｇａｃｏｒ maxwin hari ini",
        "slot-gacor...maxwin!!! hari_ini", "Nổ hũ uy tín, soi cầu kèo nhà cái hôm nay",
        "no hu uy tin, soi cau keo nha cai hom nay")) {
      Document d = doc(ARTICLE_ID + "\n" + line);
      step.apply(d);
      assertThat(removed(d)).as(line).hasSize(1);
      assertThat(d.text()).isEqualTo(ARTICLE_ID);
    }
  }

  @Test
  void chineseAndThaiSpamLines_matchWithoutSpaces() {
    Document zh = Prose.doc(String.join("\n",
        "市政府周二宣布，将在明年扩建城市公园，并增加儿童游乐设施和自行车道，预计工程将在年底前完成。",
        "市民普遍欢迎这一计划，认为它将改善周边社区的生活环境，也为老年人提供更多休闲空间。",
        "最新网上赌场注册送彩金，真人荷官百家乐，首存即送返水！"), "cmn_Hani");
    step.apply(zh);
    assertThat(removed(zh)).singleElement().satisfies(e -> assertThat(e.get("reason")).isEqualTo("spam:gambling"));
    Document th = Prose.doc(String.join("\n",
        "รัฐบาลประกาศแผนพัฒนาระบบขนส่งสาธารณะในกรุงเทพมหานครเพื่อลดปัญหาการจราจรติดขัดในช่วงเวลาเร่งด่วนของทุกวัน",
        "เว็บพนันออนไลน์ สล็อตเว็บตรง แตกง่าย เครดิตฟรี ฝากถอนไม่มีขั้นต่ำ"), "tha_Thai");
    step.apply(th);
    assertThat(removed(th)).singleElement().satisfies(e -> assertThat(e.get("reason")).isEqualTo("spam:gambling"));
  }

  @Test
  void adultAndPharmaLines_haveTheirOwnReasons() {
    Document d = Prose.doc(Prose.ENGLISH + "\nBuy viagra online without prescription, cheap cialis, canadian pharmacy."
        + "\nFree porn videos and live sex cams, hot milf xxx videos.", "eng_Latn");
    step.apply(d);
    assertThat(removed(d)).extracting(e -> e.get("reason")).containsExactly("spam:pharma", "spam:adult");
    assertThat(d.text()).isEqualTo(Prose.ENGLISH);
  }

  @Test
  void keywordStuffing_isDropped() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      b.append("Kami membahas banyak hal tentang sbobet dan kehidupan sehari-hari di kota ini bersama teman.\n");
    }
    Verdict v = step.apply(doc(b.toString()));
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(v.reason()).isEqualTo("spam:gambling");
  }

  @Test
  void linkFarm_isDropped() {
    StringBuilder b = new StringBuilder("Partner kami:\n");
    for (int i = 0; i < 8; i++) {
      b.append("toko").append(i).append(".com kabar").append(i).append(".net resep").append(i).append(".xyz\n");
    }
    Verdict v = step.apply(doc(b.toString()));
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(v.reason()).isEqualTo("spam:link_farm");
  }

  @Test
  void footerThatLeavesTooLittle_dropsTheDocument() {
    Verdict v = step.apply(doc("Info terbaru hari ini.\nSitus slot gacor gampang maxwin, bonus new member 100%, daftar sekarang!"));
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(v.reason()).isEqualTo("spam:gambling");
  }

  @Test
  void options_annotateOnly_categoriesAndExtraLexicon(@TempDir Path dir) throws Exception {
    SpamStep annotate = new SpamStep(new SpamStep.Options(List.of("gambling"), 4, 0.15, 0.5, 20, 8, 0.04, 10, true,
        List.of(), false));
    Document page = doc("Situs slot gacor maxwin\nSitus slot gacor maxwin bonus new member");
    assertThat(annotate.apply(page).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(page.metadata()).containsKey("spam");

    SpamStep onlyAdult = new SpamStep(new SpamStep.Options(List.of("adult"), 4, 0.15, 0.5, 20, 8, 0.04, 10, true,
        List.of(), true));
    Document gambling = doc(ARTICLE_ID + "\nSitus slot gacor gampang maxwin bonus new member");
    assertThat(onlyAdult.apply(gambling).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(removed(gambling)).isEmpty();

    Path extra = Files.writeString(dir.resolve("mine.tsv"), "# own terms\ngambling\tind\t4\tjudol\ngambling\tind\t4\tdepo receh\n");
    SpamStep own = new SpamStep(new SpamStep.Options(List.of("gambling"), 4, 0.15, 0.5, 20, 8, 0.04, 10, true,
        List.of(extra.toString()), true));
    Document d = doc(ARTICLE_ID + "\nJudol depo receh langsung cair");
    own.apply(d);
    assertThat(d.text()).isEqualTo(ARTICLE_ID);

    Path bad = Files.writeString(dir.resolve("bad.tsv"), "gambling\tind\tfour\tjudol\n");
    assertThatThrownBy(() -> new SpamStep(new SpamStep.Options(List.of("gambling"), 4, 0.15, 0.5, 20, 8, 0.04, 10,
        true, List.of(bad.toString()), true))).hasMessageContaining("bad.tsv:1");
    assertThatThrownBy(() -> new SpamStep(new SpamStep.Options(List.of("casino"), 4, 0.15, 0.5, 20, 8, 0.04, 10,
        true, List.of(), true))).hasMessageContaining("unknown spam category 'casino'");
  }

  @Test
  void hostileInput_emptyHugeAndBrokenText_neverThrows() {
    assertThat(step.apply(doc("")).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(step.apply(doc("\n\n\n")).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(step.apply(doc("\uD800 slot \uDFFF gacor \u0000 maxwin \uFFFF")).kind()).isNotNull();
    String huge = ARTICLE_ID.replace("\n", " ").repeat(20_000);
    Document big = doc(huge + "\n" + "slot gacor ".repeat(200_000));
    assertThat(big.text().length()).isGreaterThan(5_000_000);
    Verdict v = step.apply(big);
    assertThat(v.kind()).isEqualTo(Verdict.Kind.DROP);
    assertThat(removed(big)).hasSize(1);
  }
}
