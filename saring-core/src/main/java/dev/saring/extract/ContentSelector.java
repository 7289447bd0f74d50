package dev.saring.extract;

import dev.saring.text.BoilerplateLexicon;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the main text among a page's blocks.
 *
 * <p>Every "good" block (ten words or more, or the equivalent in unspaced scripts, and little linked text)
 * votes with its unlinked characters, weighted down when it has no sentence punctuation, for each of its
 * ancestors up to {@value #MAX_ANCESTORS} levels. From the body the selector then descends into the child
 * holding most of the votes, as long as that child holds at least {@value #DESCEND} of its parent's
 * (0.45 when its class or id says "article" or "content"), and that child got votes from two blocks or more
 * (one block's element is a paragraph, whose parent is the container); where no child dominates, the
 * article is spread over several, and their parent is the container. Inside it, blocks that are mostly
 * links (over 70%, or over half without sentence punctuation), that the boilerplate lexicon recognises
 * ("Baca juga: …", "Share on Facebook"), or that sit in a box whose class says sidebar, footer, byline or
 * promo (unless that box holds half the container's votes) are left out. A heading just before the
 * container (the article's title) is kept. Pages without good blocks fall back to keeping every block that
 * reads as prose. Unless comments are asked for, the kept text ends at a comments heading ("12 Comments",
 * "Leave a reply") that follows the article's first paragraphs.
 */
final class ContentSelector {
  static final int MAX_ANCESTORS = 48;
  static final double DESCEND = 0.6;

  /** The chosen blocks, the container they came from, and how clearly it held the page's good text (0..1). */
  record Selection(List<Block> blocks, double score, Element container, Map<Element, Double> votes) {}

  private final PageHints hints;
  private final BoilerplateLexicon lexicon = BoilerplateLexicon.standard();
  private final boolean keepComments;

  /**
   * {@code hints}: the page's, shared with its cleaner; {@code keepComments}: read on past a comments heading
   * ("5 Comments", "Leave a reply").
   */
  ContentSelector(PageHints hints, boolean keepComments) {
    this.hints = hints;
    this.keepComments = keepComments;
  }

  Selection select(List<Block> blocks, Element body) {
    Map<Element, Double> votes = new IdentityHashMap<>();
    Map<Element, Integer> voters = new IdentityHashMap<>();
    double total = 0;
    for (Block b : blocks) {
      double factor = hintFactor(b.element());
      double q = (factor >= STRONG_FACTOR ? Math.max(quality(b), proseQuality(b)) : quality(b)) * factor;
      if (q <= 0) {
        continue;
      }
      total += q;
      Element e = b.element();
      for (int d = 0; e != null && d < MAX_ANCESTORS; d++, e = e.parent()) {
        votes.merge(e, q, Double::sum);
        voters.merge(e, 1, Integer::sum);
      }
    }
    if (total == 0) {
      return new Selection(fallback(blocks), 0, body, votes);
    }
    // Blocks deeper than MAX_ANCESTORS below the body never vote for it: start from the most voted element.
    Element start = votes.containsKey(body) ? body : mostVoted(votes);
    Element container = descend(start, votes, voters);
    double inside = votes.getOrDefault(container, 0.0);
    List<Block> kept = new ArrayList<>();
    Map<Element, Boolean> within = new IdentityHashMap<>();
    int first = -1;
    for (Block b : blocks) {
      if (isInside(b.element(), container, within) && keep(b)
          && !underFurniture(b.element(), container, votes)) {
        kept.add(b);
        first = first < 0 ? b.index() : first;
      }
    }
    extend(blocks, kept);
    if (!keepComments) {
      cutAtComments(blocks, kept);
    }
    addTitle(blocks, kept, kept.isEmpty() ? first : kept.get(0).index());
    return new Selection(kept, Math.min(1.0, inside / total), container, votes);
  }

  /** The element with most votes, and the highest of equally voted ancestors: descent starts there. */
  private static Element mostVoted(Map<Element, Double> votes) {
    Element best = null;
    double most = -1;
    for (Map.Entry<Element, Double> e : votes.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    while (best.parent() != null && votes.getOrDefault(best.parent(), 0.0) >= most) {
      best = best.parent();
    }
    return best;
  }

  /**
   * Unlinked characters of a good block, halved without sentence punctuation, a fifth for legal text
   * (site footers read like prose: "… is the official web site of …, all rights reserved"); 0 for others.
   */
  static double quality(Block b) {
    double ld = b.linkDensity();
    if (ld > 0.35 || b.words() < 10) {
      return 0;
    }
    double q = b.text().length() * (1 - ld);
    if (isLegal(b.text())) {
      q /= 5;
    }
    return b.sentenceMarks() > 0 ? q : q / 2;
  }

  private static final String[] LEGAL = {"copyright", "all rights reserved", "trademark", "terms of use",
      "terms of service", "privacy policy", "hak cipta", "alle rechte vorbehalten", "tous droits",
      "derechos reservados"};

  static boolean isLegal(String text) {
    if (text.indexOf('\u00A9') >= 0) {
      return true;
    }
    String lower = text.length() > 2000 ? text.substring(0, 2000).toLowerCase(java.util.Locale.ROOT)
        : text.toLowerCase(java.util.Locale.ROOT);
    for (String marker : LEGAL) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Class and id hints on the block's nearest ancestors: each "article"-like one counts a little for
   * it, each "sidebar"-like one against it. Bounded to [0.25, 2].
   */
  private double hintFactor(Element e) {
    double f = 1;
    boolean strong = false;
    Element x = e;
    for (int d = 0; x != null && d < 8; d++, x = x.parent()) {
      int w = hints.kind(x).weight();
      strong |= w == 2;
      f *= w == 1 ? 1.25 : w < 0 ? 0.5 : 1;
    }
    f = Math.max(0.25, Math.min(2, f));
    return strong ? Math.max(f, 1) * STRONG_FACTOR : f;
  }

  static final double STRONG_FACTOR = 3;

  /** Votes of shorter prose inside a strong article body: three words or more, mostly unlinked. */
  static double proseQuality(Block b) {
    double ld = b.linkDensity();
    return b.words() >= 3 && ld < 0.5 ? b.text().length() * (1 - ld) * 0.5 : 0;
  }

  private Element descend(Element body, Map<Element, Double> votes, Map<Element, Integer> voters) {
    Element current = body;
    for (int d = 0; d < MAX_ANCESTORS * 4; d++) {
      double here = votes.getOrDefault(current, 0.0);
      Element best = null;
      double bestVotes = 0;
      for (Element child : current.children()) {
        double v = votes.getOrDefault(child, 0.0);
        if (v > bestVotes) {
          bestVotes = v;
          best = child;
        }
      }
      if (best == null) {
        return current;
      }
      ClassHints.Kind kind = hints.kind(best);
      double needed = kind == ClassHints.Kind.STRONG ? 0.3 : kind == ClassHints.Kind.POSITIVE ? 0.45 : DESCEND;
      // A child whose votes come from one block is that block's paragraph: the container is its parent.
      // So is a paragraph of lines split by <br>: its sibling paragraphs are the same article.
      if (bestVotes < needed * here || voters.getOrDefault(best, 0) < 2 || best.normalName().equals("p")) {
        return current;
      }
      current = best;
    }
    return current;
  }

  private static boolean isInside(Element e, Element container, Map<Element, Boolean> memo) {
    Element x = e;
    for (int d = 0; x != null && d < MAX_ANCESTORS * 4; d++, x = x.parent()) {
      if (x == container) {
        return true;
      }
      Boolean known = memo.get(x);
      if (known != null) {
        memo.put(e, known);
        return known;
      }
    }
    memo.put(e, false);
    return false;
  }

  private boolean keep(Block b) {
    if (b.heading() > 0) {
      return b.linkDensity() < 0.9 && lexicon.match(b.text()).isEmpty();
    }
    double ld = b.linkDensity();
    if (ld > 0.7 || (ld > 0.5 && b.sentenceMarks() == 0)) {
      return false;
    }
    return lexicon.match(b.text()).isEmpty();
  }

  /**
   * Takes in good blocks right next to the container: lead paragraphs often sit in the page header, a
   * last paragraph after a widget. Backwards, good blocks are added while at most one weak
   * block separates them from the text already kept; forwards, only substantial good blocks (20 words or
   * more) directly after it, past at most one weak block. A block whose class hints weigh less than those
   * of the kept text next to it (it sits under a "footer"- or "sidebar"-like class the kept text does not)
   * is not taken in.
   */
  private void extend(List<Block> blocks, List<Block> kept) {
    if (kept.isEmpty()) {
      return;
    }
    List<Block> before = new ArrayList<>();
    int gap = 0;
    double firstFactor = Math.min(1, hintFactor(kept.get(0).element()));
    for (int i = kept.get(0).index() - 1; i >= 0 && gap <= 1; i--) {
      Block b = blocks.get(i);
      if (quality(b) > 0 && hintFactor(b.element()) >= firstFactor && !isLegal(b.text())
          && lexicon.match(b.text()).isEmpty()) {
        before.add(0, b);
        gap = 0;
      } else {
        gap++;
      }
    }
    kept.addAll(0, before);
    gap = 0;
    double lastFactor = Math.min(1, hintFactor(kept.get(kept.size() - 1).element()));
    for (int i = kept.get(kept.size() - 1).index() + 1; i < blocks.size() && gap <= 1; i++) {
      Block b = blocks.get(i);
      if (quality(b) > 0 && b.words() >= 20 && hintFactor(b.element()) >= lastFactor && !isLegal(b.text())
          && lexicon.match(b.text()).isEmpty()) {
        kept.add(b);
        gap = 0;
      } else {
        gap++;
      }
    }
  }

  /** Kept text before a comments heading for it to end the article: a byline's "3 comments" does not. */
  static final int ARTICLE_BEFORE_COMMENTS = 300;

  /** Ends the kept text at a {@link CommentsHeading}. */
  private void cutAtComments(List<Block> blocks, List<Block> kept) {
    if (kept.isEmpty()) {
      return;
    }
    int next = 0;
    int chars = 0;
    int last = kept.get(kept.size() - 1).index();
    for (int i = kept.get(0).index(); i <= last; i++) {
      Block b = blocks.get(i);
      if (chars >= ARTICLE_BEFORE_COMMENTS && isCommentsHeading(b)) {
        kept.subList(next, kept.size()).clear();
        return;
      }
      if (kept.get(next).index() == i) {
        chars += b.text().length();
        next++;
      }
    }
  }

  private static boolean isCommentsHeading(Block b) {
    return CommentsHeading.matches(b.text(), b.words(), b.linkDensity());
  }

  /**
   * True when {@code e} sits in a sidebar, footer, byline or promo box inside the container ({@link
   * ClassHints.Kind#FURNITURE}) that holds under half of the container's votes: a blog's container is often
   * the whole page column, sidebar included. A box with most of the votes is the site's odd name for its
   * article.
   */
  private boolean underFurniture(Element e, Element container, Map<Element, Double> votes) {
    double all = votes.getOrDefault(container, 0.0);
    Element x = e;
    for (int d = 0; x != null && x != container && d < MAX_ANCESTORS * 4; d++, x = x.parent()) {
      if (hints.kind(x).isFurniture() && votes.getOrDefault(x, 0.0) < all / 2) {
        return true;
      }
    }
    return false;
  }

  /** The nearest heading before the container's first block, when it is not already kept. */
  private static void addTitle(List<Block> blocks, List<Block> kept, int first) {
    if (first <= 0 || (!kept.isEmpty() && kept.get(0).heading() > 0)) {
      return;
    }
    for (int i = first - 1; i >= 0 && i >= first - 12; i--) {
      Block b = blocks.get(i);
      if (b.heading() > 0 && b.heading() <= 2 && b.linkDensity() < 0.5) {
        kept.add(0, b);
        return;
      }
    }
  }

  private List<Block> fallback(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      boolean prose = b.words() >= 3 && b.linkDensity() < 0.3;
      if ((prose || b.heading() > 0) && lexicon.match(b.text()).isEmpty()) {
        kept.add(b);
      }
    }
    return kept;
  }
}
