package dev.saring.bench;

import dev.saring.document.Document;
import dev.saring.spam.SpamStep;
import dev.saring.step.RemovedLines;
import dev.saring.step.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code saring-bench spam}: the spam step's speed per core, what it touches on ordinary prose
 * (false removals), and how many injected spam footers it removes while keeping the article.
 */
final class SpamBench {
  /** Footers in the styles seen on hacked and SEO pages; written for this benchmark, not taken from tests. */
  private static final List<String> FOOTERS = List.of(
      "Kunjungi situs toto togel terpercaya, pasaran HK SGP SDY lengkap dengan diskon terbesar dan colok bebas.",
      "Rekomendasi slot gacor malam ini: mahjong ways 2, starlight princess 1000, RTP live 98% dijamin maxwin.",
      "Agen judi bola online resmi, mix parlay dan sbobet, deposit pulsa tanpa potongan 24 jam nonstop.",
      "Main di SLOT777 sekarang, link alternatif anti blokir, bonus new member 200% di depan!",
      "Mega888 dan 918kiss free credit RM10 tanpa deposit, daftar sekarang kasino dalam talian terbaik Malaysia.",
      "Best online casino 2026: no deposit bonus, free spins and crypto casino payouts in minutes. Bet now!",
      "Buy viagra online without prescription at our canadian pharmacy, generic viagra and cheap cialis shipped free.",
      "Nhà cái uy tín số 1, nổ hũ đổi thưởng, soi cầu lô đề chuẩn xác, khuyến mãi nạp đầu 100%.",
      "สล็อตเว็บตรง แตกง่าย เครดิตฟรี บาคาร่า ฝากถอนไม่มีขั้นต่ำ",
      "网上赌场注册送彩金，真人荷官百家乐在线，首存即送，天天返水。",
      "Jasa backlink murah berkualitas, artikel PBN DA tinggi, jual followers Instagram aktif.",
      "Nonton video bokep indo terbaru, cewek bispak open BO, VCS murah 24 jam.");

  private SpamBench() {}

  static void main(String[] args) throws Exception {
    List<Document> corpus = FilterChainBench.corpus();
    long bytes = 0;
    for (Document d : corpus) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    SpamStep step = new SpamStep(SpamStep.Options.DEFAULTS);
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 12; pass++) {
      long t0 = System.nanoTime();
      for (Document d : corpus) {
        step.apply(copy(d));
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(Locale.ROOT, "spam step, one thread: %d documents, %s: %.1f MB/s, %,.0f docs/s (best of 12)%n",
        corpus.size(), Measure.mb(bytes), bytes / 1e6 / best, corpus.size() / best);

    Map<String, String> sources = Map.of("detik", "ind_Latn", "dolma", "eng_Latn");
    touched(corpus, step);
    injected(corpus, step, sources);
  }

  /** Documents and lines the step removes from corpora that should hold no spam. */
  private static void touched(List<Document> corpus, SpamStep step) {
    String[] groups = {"detik (Indonesian news)", "other (dolma CC, gold-text pages, lingua)"};
    int[] docs = new int[2];
    int[] docsTouched = new int[2];
    int[] lines = new int[2];
    int[] linesRemoved = new int[2];
    List<String> examples = new ArrayList<>();
    for (Document original : corpus) {
      int g = original.id().matches("\\d+") ? 0 : 1;
      Document d = copy(original);
      Verdict v = step.apply(d);
      docs[g]++;
      lines[g] += (int) original.text().lines().filter(l -> !l.isBlank()).count();
      int removed = RemovedLines.count(d);
      linesRemoved[g] += removed;
      if (v.kind() != Verdict.Kind.KEEP || removed > 0) {
        docsTouched[g]++;
        if (examples.size() < 12) {
          examples.add(d.id() + " " + (v.kind() == Verdict.Kind.KEEP ? "lines" : v.reason()) + ": "
              + d.metadata().get(RemovedLines.KEY) + " " + d.metadata().get("spam"));
        }
      }
    }
    for (int g = 0; g < 2; g++) {
      System.out.printf(Locale.ROOT, "%-44s %5d docs, touched %4d (%.2f%%); %6d lines, removed %4d (%.3f%%)%n",
          groups[g], docs[g], docsTouched[g], 100.0 * docsTouched[g] / Math.max(1, docs[g]), lines[g],
          linesRemoved[g], 100.0 * linesRemoved[g] / Math.max(1, lines[g]));
    }
    examples.forEach(e -> System.out.println("  touched: " + e.substring(0, Math.min(300, e.length()))));
  }

  /** Each Detik article with one footer appended: is the footer removed and the article kept intact? */
  private static void injected(List<Document> corpus, SpamStep step, Map<String, String> sources) {
    int trials = 0;
    int footerRemoved = 0;
    int articleIntact = 0;
    int i = 0;
    for (Document original : corpus) {
      if (!original.id().matches("\\d+")) {
        continue;
      }
      String footer = FOOTERS.get(i++ % FOOTERS.size());
      Document d = new Document(original.id(), original.text() + "\n" + footer);
      d.metadata().putAll(original.metadata());
      Verdict v = step.apply(d);
      trials++;
      if (v.kind() == Verdict.Kind.KEEP && !d.text().contains(footer)) {
        footerRemoved++;
        articleIntact += squash(d.text()).equals(squash(copyAndClean(original, step))) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "injected footers (%d styles) on %d Detik articles: footer removed and document"
        + " kept %.1f%%, article otherwise as without the footer %.1f%%%n", FOOTERS.size(), trials,
        100.0 * footerRemoved / trials, 100.0 * articleIntact / trials);
  }

  private static String copyAndClean(Document original, SpamStep step) {
    Document d = copy(original);
    step.apply(d);
    return d.text();
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Document copy(Document d) {
    Document c = new Document(d.id(), d.text());
    c.metadata().putAll(d.metadata());
    return c;
  }
}
