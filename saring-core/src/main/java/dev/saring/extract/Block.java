package dev.saring.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between block-level boundaries (a paragraph, a heading, a list item, a table cell), with
 * what the selector needs to judge it.
 *
 * @param text the text, whitespace collapsed (kept inside {@code pre})
 * @param linkChars characters of the text inside links
 * @param words whitespace-separated words, plus half the characters of scripts written without spaces
 * @param sentenceMarks sentence-final punctuation and commas
 * @param element the innermost block element the text belongs to
 * @param heading 1-6 for a heading, 0 otherwise
 * @param listItem true inside a list item
 * @param index position in the page
 */
record Block(String text, int linkChars, int words, int sentenceMarks, Element element, int heading,
    boolean listItem, int index) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
