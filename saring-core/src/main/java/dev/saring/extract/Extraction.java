package dev.saring.extract;

/**
 * The result of extracting one page.
 *
 * @param text main text, one paragraph per line
 * @param title page title, or empty
 * @param language {@code <html lang>}, or empty
 * @param canonicalUrl canonical URL, or empty
 * @param published publication date as the page states it, or empty
 * @param score how clearly one container held the page's prose, 0..1 (0: no article found, fallback used)
 * @param truncated the HTML was cut at the size limit before parsing
 */
public record Extraction(String text, String title, String language, String canonicalUrl, String published,
    double score, boolean truncated) {}
