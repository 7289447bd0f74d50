/**
 * Main-text extraction from HTML: {@link dev.saring.extract.HtmlExtractor} turns a page into its article
 * text, one paragraph per line, with headings and list items on their own lines.
 *
 * <p>The page is parsed with jsoup, cleaned of furniture ({@link dev.saring.extract.DomCleaner}: scripts,
 * forms' controls, hidden elements, navigation, share bars, comment and ad blocks recognised by tag, role and
 * class/id tokens in several languages), cut into text blocks ({@link dev.saring.extract.BlockCollector}),
 * and the main container is chosen by the good text its blocks carry ({@link
 * dev.saring.extract.ContentSelector}). Every walk over the DOM is iterative, so no page can overflow the
 * stack, and a per-page time budget ends pathological pages with a clean failure.
 */
package dev.saring.extract;
