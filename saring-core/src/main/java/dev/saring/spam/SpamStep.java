package dev.saring.spam;

import dev.saring.document.Document;
import dev.saring.step.RemovedLines;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import dev.saring.text.Lines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step {@code spam}: removes lines dense in gambling, adult, pharma or SEO-spam terms and keeps the rest of
 * the document when it stands on its own; drops documents that are spam as a whole.
 *
 * <p>A line goes (reason {@code spam:<category>} in {@code metadata.lines_removed}) when its weight in one
 * category reaches {@code line_min_weight} at {@code line_min_density} weight per word, or when spam terms
 * cover most of a short line, unless words of news and law (police, court, parliament) weigh at least half
 * as much. A document goes, with reason {@code spam:<category>}, when the removed lines were most of it
 * ({@code doc_max_share}), when too little is left ({@code min_words_left}), when the kept lines together
 * are still dense in spam terms, or when one spam term is stuffed; {@code spam:link_farm} when most lines
 * are lists of domains. {@code metadata.spam} explains every document that had any spam term.
 */
public final class SpamStep implements Step {
  /**
   * Options.
   *
   * @param categories the categories to act on; the others are ignored
   * @param lexicons extra lexicon files in the built-in format; their entries override built-in weights
   * @param drop drop spam documents; when false they are only annotated
   */
  public record Options(List<String> categories, int lineMinWeight, double lineMinDensity, double docMaxShare,
      int minWordsLeft, int docMinWeight, double docMinDensity, int stuffingMinCount, boolean linkFarm,
      List<String> lexicons, boolean drop) {
    public static final Options DEFAULTS = new Options(List.of("gambling", "adult", "pharma", "seo"), 4, 0.15, 0.5,
        20, 8, 0.04, 10, true, List.of(), true);

    public Options {
      categories = List.copyOf(categories);
      lexicons = List.copyOf(lexicons);
      if (lineMinWeight < 1 || docMinWeight < 1) {
        throw new IllegalArgumentException("line_min_weight and doc_min_weight must be >= 1");
      }
      if (docMaxShare <= 0 || docMaxShare > 1) {
        throw new IllegalArgumentException("doc_max_share must be in (0, 1]: " + docMaxShare);
      }
    }
  }

  private static final int MAX_TERMS_SHOWN = 8;
  private static final double NEWS_STRONG_DENSITY = 0.4;
  /** Five link lines of three domains each; fewer dots than that cannot make a link farm. */
  private static final int MIN_LINK_FARM_DOTS = 15;

  private final Options options;
  private final SpamLexicon lexicon;
  private final boolean[] active;
  private final int context;
  private final LineTally tally;

  public SpamStep(Options options) {
    this.options = options;
    this.lexicon = SpamLexicon.withFiles(options.lexicons().stream().map(Path::of).toList());
    List<String> known = lexicon.categories();
    for (String c : options.categories()) {
      if (!known.contains(c) || c.equals(SpamLexicon.CONTEXT)) {
        throw new IllegalArgumentException("unknown spam category '" + c + "'; known: "
            + known.stream().filter(k -> !k.equals(SpamLexicon.CONTEXT)).toList());
      }
    }
    this.active = new boolean[known.size()];
    for (int i = 0; i < known.size(); i++) {
      active[i] = options.categories().contains(known.get(i));
    }
    this.context = lexicon.contextCategory();
    this.tally = new LineTally(lexicon, known.size());
  }

  @Override
  public String name() {
    return "spam";
  }

  @Override
  public Verdict apply(Document doc) {
    String text = doc.text();
    tally.language(doc.language());
    // Most pages hold no spam term: one scan of the whole text settles them, unless they are dotted enough
    // to be a link farm.
    if (!tally.anySpamTerm(text) && countDomainDots(text) < MIN_LINK_FARM_DOTS) {
      return Verdict.KEEP;
    }
    LineScores scores = new LineScores();
    int categories = active.length;
    long[] docWeight = new long[categories];
    long docContext = 0;
    int linkLines = 0;
    int lines = 0;
    Map<Integer, Integer> termCounts = null;
    boolean anySpamTerm = false;
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      tally.measure(text, start, end);
      if (tally.words > 0) {
        lines++;
        linkLines += tally.domains >= 3 ? 1 : 0;
      }
      if (tally.hits > 0) {
        termCounts = tally.addTermCounts(termCounts);
        anySpamTerm |= tally.spamHits > 0;
      }
      int cat = strongestCategory();
      int ctx = context >= 0 ? -tally.weight[context] : 0;
      for (int c = 0; c < categories; c++) {
        docWeight[c] += active[c] ? Math.max(0, tally.weight[c]) : 0;
      }
      docContext += ctx;
      scores.add(start, end, cat, cat < 0 ? 0 : tally.weight[cat], cat < 0 ? 0 : tally.strong[cat], ctx,
          tally.wordEstimate(),
          tally.matchedChars * 2 >= tally.letters);
      start = end + 1;
    }
    if (!anySpamTerm && linkLines < 5) {
      return Verdict.KEEP;
    }
    int docTop = argMax(docWeight);
    // A document that talks like news or law (police, court, parliament) about the topic keeps its lines
    // unless a line is strong spam with no such words of its own: the footer pasted under the report.
    boolean newsLike = docTop >= 0 && 2 * docContext >= docWeight[docTop];

    long[] removedChars = new long[categories];
    long[] keptWeight = new long[categories];
    long[] keptStrong = new long[categories];
    long keptContext = 0;
    double keptWords = 0;
    int linesRemoved = 0;
    List<String> kept = null;
    for (int i = 0; i < scores.size; i++) {
      int start = scores.start[i];
      int end = scores.end[i];
      int cat = scores.category[i];
      if (cat >= 0 && isSpamLine(scores.weight[i], scores.strong[i], scores.context[i], scores.words[i],
          scores.covered[i], newsLike)) {
        RemovedLines.record(doc, name(), "spam:" + lexicon.categories().get(cat), text.substring(start, end));
        removedChars[cat] += end - start;
        linesRemoved++;
        if (kept == null) {
          kept = new ArrayList<>(scores.size);
          for (int j = 0; j < i; j++) {
            kept.add(text.substring(scores.start[j], scores.end[j]));
          }
        }
      } else {
        if (cat >= 0) {
          keptWeight[cat] += scores.weight[i];
          keptStrong[cat] += scores.strong[i];
        }
        keptContext += scores.context[i];
        keptWords += scores.words[i];
        if (kept != null) {
          kept.add(text.substring(start, end));
        }
      }
    }
    if (kept != null) {
      doc.text(Lines.joinCollapsingBlankLines(kept));
    }
    int topRemoved = argMax(removedChars);
    int topKept = argMax(keptWeight);
    long removedTotal = sum(removedChars);
    String signal = null;
    int category = -1;
    if (removedTotal > 0 && removedTotal >= options.docMaxShare() * Math.max(1, text.length())) {
      signal = "spam_lines_share";
      category = topRemoved;
    } else if (removedTotal > 0 && keptWords < options.minWordsLeft()) {
      signal = "too_little_left";
      category = topRemoved;
    } else if (topKept >= 0 && keptWeight[topKept] >= options.docMinWeight() && keptStrong[topKept] > 0
        && keptWeight[topKept] >= options.docMinDensity() * keptWords && 2 * keptContext < keptWeight[topKept]) {
      signal = "spam_term_density";
      category = topKept;
    } else {
      int stuffed = stuffedCategory(termCounts, text.length());
      if (stuffed >= 0) {
        signal = "keyword_stuffing";
        category = stuffed;
      }
    }
    String reason = category >= 0 ? "spam:" + lexicon.categories().get(category) : null;
    if (reason == null && options.linkFarm() && linkLines >= 5 && linkLines >= 0.3 * lines) {
      signal = "link_farm";
      reason = "spam:link_farm";
    }
    doc.metadata().put("spam", explanation(termCounts, keptWeight, keptContext, removedChars, linesRemoved,
        text.length(), signal));
    return reason != null && options.drop() ? Verdict.drop(reason) : Verdict.KEEP;
  }

  /** The active category with the largest weight in the measured line, or -1. */
  private int strongestCategory() {
    if (tally.spamHits == 0) {
      return -1;
    }
    int best = -1;
    for (int c = 0; c < active.length; c++) {
      if (active[c] && tally.weight[c] > 0 && (best < 0 || tally.weight[c] > tally.weight[best])) {
        best = c;
      }
    }
    return best;
  }

  private boolean isSpamLine(int weight, int strong, int ctx, double words, boolean covered, boolean newsLike) {
    if (2 * ctx >= weight) {
      return false;
    }
    if (newsLike && (ctx > 0 || weight < 2 * options.lineMinWeight() || strong < NEWS_STRONG_DENSITY * words)) {
      // A report quotes a spam site's game names in a sentence; the pasted footer is nothing but them.
      return false;
    }
    boolean dense = weight >= options.lineMinWeight() && weight / Math.max(1, words) >= options.lineMinDensity();
    return dense || (covered && weight >= 3);
  }

  /** Per-line measures of one document, kept for the second pass that knows the document's context. */
  private static final class LineScores {
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    int[] category = new int[16];
    int[] weight = new int[16];
    int[] strong = new int[16];
    int[] context = new int[16];
    double[] words = new double[16];
    boolean[] covered = new boolean[16];

    void add(int s, int e, int cat, int w, int st, int ctx, double wordCount, boolean cov) {
      if (size == start.length) {
        int n = size * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        category = Arrays.copyOf(category, n);
        weight = Arrays.copyOf(weight, n);
        strong = Arrays.copyOf(strong, n);
        context = Arrays.copyOf(context, n);
        words = Arrays.copyOf(words, n);
        covered = Arrays.copyOf(covered, n);
      }
      start[size] = s;
      end[size] = e;
      category[size] = cat;
      weight[size] = w;
      strong[size] = st;
      context[size] = ctx;
      words[size] = wordCount;
      covered[size] = cov;
      size++;
    }
  }

  private int stuffedCategory(Map<Integer, Integer> counts, int chars) {
    if (counts == null) {
      return -1;
    }
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int t = e.getKey();
      int cat = lexicon.categoryOf(t);
      if (active[cat] && lexicon.weightOf(t) >= 2 && e.getValue() >= options.stuffingMinCount()
          && (long) e.getValue() * lexicon.term(t).length() * 20 >= chars) {
        return cat;
      }
    }
    return -1;
  }

  private Map<String, Object> explanation(Map<Integer, Integer> counts, long[] keptWeight, long keptContext,
      long[] removedChars, int linesRemoved, int chars, String signal) {
    Map<String, Object> m = new LinkedHashMap<>();
    int top = argMax(removedChars) >= 0 ? argMax(removedChars) : argMax(keptWeight);
    if (top >= 0) {
      m.put("category", lexicon.categories().get(top));
    }
    if (signal != null) {
      m.put("signal", signal);
    }
    m.put("lines_removed", linesRemoved);
    m.put("removed_share", Math.round(1000.0 * sum(removedChars) / Math.max(1, chars)) / 1000.0);
    m.put("kept_weight", sum(keptWeight));
    m.put("context_weight", keptContext);
    if (counts != null) {
      List<Map.Entry<Integer, Integer>> terms = new ArrayList<>(counts.entrySet());
      terms.sort((a, b) -> Integer.compare(b.getValue() * Math.abs(lexicon.weightOf(b.getKey())),
          a.getValue() * Math.abs(lexicon.weightOf(a.getKey()))));
      Map<String, Integer> shown = new LinkedHashMap<>();
      for (Map.Entry<Integer, Integer> e : terms.subList(0, Math.min(MAX_TERMS_SHOWN, terms.size()))) {
        shown.put(lexicon.term(e.getKey()), e.getValue());
      }
      m.put("terms", shown);
    }
    return m;
  }

  private static int countDomainDots(String text) {
    int dots = 0;
    for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
      char next = text.charAt(i + 1);
      dots += (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ? 1 : 0;
    }
    return dots;
  }

  private static int argMax(long[] v) {
    int best = -1;
    for (int i = 0; i < v.length; i++) {
      if (v[i] > 0 && (best < 0 || v[i] > v[best])) {
        best = i;
      }
    }
    return best;
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }
}
