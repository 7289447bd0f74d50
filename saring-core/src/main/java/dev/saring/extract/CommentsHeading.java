package dev.saring.extract;

import dev.saring.text.BoilerplateLexicon;
import java.util.regex.Pattern;

/**
 * A comments heading ("Comments", "12 Comments", "Kommentare (3)", "Leave a reply"): where a page's user
 * comments begin. Many sites mark their comment section by no class or id, only by its heading, and the
 * posts under it read as prose.
 */
final class CommentsHeading {
  private static final Pattern COUNT_BEFORE = Pattern.compile("^\\d+\\s+");
  private static final Pattern COUNT_AFTER = Pattern.compile("\\s*[(\\[]\\d+[)\\]]$");
  private static final BoilerplateLexicon LEXICON = BoilerplateLexicon.standard();

  private CommentsHeading() {}

  /** True for a short, mostly unlinked text that the lexicon calls a comments heading. */
  static boolean matches(String text, int words, double linkDensity) {
    String t = text.strip();
    // "Comments:" ends in a colon: a form's field label, not a section heading.
    if (words > 6 || linkDensity >= 0.5 || t.endsWith(":")) {
      return false;
    }
    // "12 Comments", "Comments (12)": the count is not part of the phrase.
    t = COUNT_AFTER.matcher(COUNT_BEFORE.matcher(t).replaceFirst("")).replaceFirst("");
    return LEXICON.match(t).filter("comments"::equals).isPresent();
  }
}
