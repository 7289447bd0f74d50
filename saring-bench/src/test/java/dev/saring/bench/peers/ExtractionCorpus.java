package dev.saring.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The extraction dev sets of {@code ../shared/data/extraction}, decoded and ready to score. */
final class ExtractionCorpus {
  /** A page with full gold text. */
  record GoldPage(String id, String subset, String language, String url, String html, String gold) {}

  /** A page with must-have and must-not-have snippets. */
  record SnippetPage(String id, String language, String url, String html, List<String> with, List<String> without) {}

  /**
   * Marks where dragnet's article text ends and its user comments begin: "!@#$%^&*()  COMMENTS" on a line of
   * its own, typed by hand, so 36 of its 416 uses differ ("!@#$%^&*() COMMENTS", "!@ $%^&*()  COMMENTS").
   */
  private static final Pattern DRAGNET_COMMENTS =
      Pattern.compile("(?m)^[ \\t]*[!@#$%^&*() ]{5,}[ \\t]*COMMENTS[ \\t\\r]*$");

  private static final Pattern ANNOTATOR_NOTE = Pattern.compile("(?s)\\s*<!--.*-->\\s*");

  private ExtractionCorpus() {}

  static List<GoldPage> goldText(Path root) throws IOException {
    List<GoldPage> pages = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("manifest.jsonl"))) {
      JsonNode m = json.readTree(line);
      String html = decodeHtml(root.resolve(m.get("html").asText()));
      byte[] goldBytes = Files.readAllBytes(root.resolve(m.get("gold").asText()));
      String gold = normalizeGold(TextDecoder.decodeText(goldBytes, goldBytes.length, null).text(),
          m.get("gold_format").asText());
      if (!gold.isBlank()) {
        pages.add(new GoldPage(m.get("id").asText(), m.get("subset").asText(), m.path("language").asText("en"),
            m.path("url").isNull() ? null : m.path("url").asText(null), html, gold));
      }
    }
    return pages;
  }

  static List<SnippetPage> trafilaturaEval(Path root) throws IOException {
    List<SnippetPage> pages = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("manifest.jsonl"))) {
      JsonNode m = json.readTree(line);
      List<String> with = new ArrayList<>();
      List<String> without = new ArrayList<>();
      m.path("with").forEach(s -> with.add(s.asText()));
      m.path("without").forEach(s -> without.add(s.asText()));
      String lang = m.path("html_lang_attr").asText("").toLowerCase();
      lang = lang.isEmpty() ? "none" : lang.substring(0, Math.min(2, lang.length()));
      pages.add(new SnippetPage(m.get("id").asText(), lang, m.path("url").asText(null),
          decodeHtml(root.resolve(m.get("html").asText())), with, without));
    }
    return pages;
  }

  private static String decodeHtml(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      byte[] bytes = in.readAllBytes();
      return TextDecoder.decodeHtml(bytes, bytes.length, null).text();
    }
  }

  /**
   * Removes the gold formats' markup: CleanEval's URL header and paragraph markers, dragnet's comments, and
   * an annotator's note that makes up the whole gold ({@code <!-- this page contains no article -->}: the
   * page has no main text, like the pages whose gold is empty).
   */
  static String normalizeGold(String gold, String format) {
    String text = switch (format) {
      case "cleaneval" -> {
        StringBuilder sb = new StringBuilder();
        for (String line : gold.split("\n")) {
          String l = line.strip();
          if (l.startsWith("URL:")) {
            continue;
          }
          sb.append(l.replaceFirst("^<(p|h|l)>\\s*", "")).append('\n');
        }
        yield sb.toString();
      }
      case "dragnet" -> {
        Matcher m = DRAGNET_COMMENTS.matcher(gold);
        yield m.find() ? gold.substring(0, m.start()) : gold;
      }
      default -> gold;
    };
    return ANNOTATOR_NOTE.matcher(text).matches() ? "" : text;
  }
}
