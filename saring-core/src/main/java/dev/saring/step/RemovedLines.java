package dev.saring.step;

import dev.saring.document.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records lines a step removed in {@code metadata.lines_removed}, one entry per line:
 * {@code {"step": "clean_lines", "reason": "read_more", "text": "Baca juga: ..."}}.
 *
 * <p>Bounded for hostile input: a line's text is cut at {@link #MAX_TEXT} characters and at most
 * {@link #MAX_ENTRIES} lines are listed per document; the rest only count in {@code lines_removed_more}.
 */
public final class RemovedLines {
  /** Metadata key of the list. */
  public static final String KEY = "lines_removed";
  /** Metadata key of the count of removed lines beyond {@link #MAX_ENTRIES}. */
  public static final String MORE_KEY = "lines_removed_more";
  static final int MAX_TEXT = 500;
  static final int MAX_ENTRIES = 200;

  private RemovedLines() {}

  /** Adds one removed line to {@code doc}'s metadata. */
  @SuppressWarnings("unchecked")
  public static void record(Document doc, String step, String reason, String line) {
    Map<String, Object> meta = doc.metadata();
    Object existing = meta.get(KEY);
    List<Object> list;
    if (existing instanceof List<?> l) {
      list = (List<Object>) l;
    } else {
      list = new ArrayList<>();
      meta.put(KEY, list);
    }
    if (list.size() >= MAX_ENTRIES) {
      meta.merge(MORE_KEY, 1, (a, b) -> ((Number) a).intValue() + 1);
      return;
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("step", step);
    entry.put("reason", reason);
    entry.put("text", line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) + "…" : line);
    list.add(entry);
  }

  /** The number of entries recorded so far. */
  public static int count(Document doc) {
    return doc.metadata().get(KEY) instanceof List<?> l ? l.size() : 0;
  }

  /** The reason of entry {@code index}, for counting removals per reason. */
  public static String reasonAt(Document doc, int index) {
    return doc.metadata().get(KEY) instanceof List<?> l && l.get(index) instanceof Map<?, ?> m
        ? String.valueOf(m.get("reason")) : "unknown";
  }
}
