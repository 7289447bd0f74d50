package dev.saring.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The class hints of one page, each computed once: the cleaner and the selector ask about the same
 * elements, and a page repeats its class strings on every post, comment and menu item. One per extraction;
 * not thread-safe.
 */
final class PageHints {
  private final ClassHints hints;
  private final Map<Element, ClassHints.Kind> byElement = new IdentityHashMap<>();
  private final Map<String, ClassHints.Kind> byValue = new HashMap<>();

  PageHints(ClassHints hints) {
    this.hints = hints;
  }

  static PageHints standard() {
    return new PageHints(ClassHints.standard());
  }

  ClassHints.Kind kind(Element e) {
    ClassHints.Kind k = byElement.get(e);
    if (k == null) {
      k = hints.kind(e, this::valueKind);
      byElement.put(e, k);
    }
    return k;
  }

  private ClassHints.Kind valueKind(String value) {
    ClassHints.Kind k = byValue.get(value);
    if (k == null) {
      k = hints.valueKind(value);
      byValue.put(value, k);
    }
    return k;
  }
}
