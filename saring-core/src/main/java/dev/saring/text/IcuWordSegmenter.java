package dev.saring.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU4J's dictionary-based word breaks, for Chinese, Japanese, Thai, Lao, Khmer and Burmese, which are
 * written without spaces. Whitespace segments are dropped; punctuation segments become tokens.
 * A break iterator is not thread-safe, so each thread has its own.
 */
final class IcuWordSegmenter implements WordSegmenter {
  private static final ThreadLocal<IcuWordSegmenter> PER_THREAD = ThreadLocal.withInitial(IcuWordSegmenter::new);

  private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);

  static IcuWordSegmenter forThread() {
    return PER_THREAD.get();
  }

  @Override
  public boolean splitsOnSpaces() {
    return false;
  }

  @Override
  public void segment(String text, Sink sink) {
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (!isAllSpace(text, start, end)) {
        sink.token(start, end);
      }
    }
  }

  private static boolean isAllSpace(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Chars.isSpace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
