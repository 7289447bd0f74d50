package dev.saring.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.text.Chars;
import dev.saring.text.Lines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code saring report}: one self-contained HTML page about a run, from its output folder alone: the funnel
 * through the steps, removal reasons, languages, histograms of the main signals, removed documents and lines
 * per reason with the removed parts marked, and the run's metadata. No script and no external resource; the
 * size is bounded whatever the run's size: histograms come from at most {@code maxDocs} documents and each
 * reason shows at most {@value #SAMPLES_PER_REASON} samples.
 */
public final class RunReport {
  static final int SAMPLES_PER_REASON = 3;
  private static final int SAMPLE_CHARS = 700;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] WORD_BINS = {0, 10, 25, 50, 100, 200, 400, 800, 1600, 3200, 6400, Double.MAX_VALUE};
  private static final double[] CLUSTER_BINS = {1, 2, 3, 6, 11, 101, Double.MAX_VALUE};

  private final Path out;
  private final int maxDocs;

  public RunReport(Path out, int maxDocs) {
    this.out = out;
    this.maxDocs = maxDocs;
  }

  /** Writes the report to {@code target}; throws when {@code out} holds no finished run. */
  public void write(Path target) throws IOException {
    Files.writeString(target, render(), StandardCharsets.UTF_8);
  }

  public String render() throws IOException {
    Path statsFile = out.resolve("stats.json");
    if (!Files.exists(statsFile)) {
      throw new IOException(out + " holds no finished run (no stats.json)");
    }
    JsonNode stats = JSON.readTree(statsFile.toFile());
    Samples samples = collect();
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>saring report: ")
        .append(Html.esc(stats.path("pipeline").asText())).append("</title><style>").append(CSS).append("</style></head><body>");
    header(b, stats);
    funnel(b, stats);
    reasons(b, stats);
    languages(b, stats, samples);
    histograms(b, samples);
    removedSamples(b, samples);
    b.append("<footer>saring ").append(Html.esc(stats.path("saring_version").asText()))
        .append(" · histograms from ").append(samples.seen).append(" documents").append(samples.truncated
            ? " (the first " + maxDocs + " of the output)" : "").append("</footer></body></html>");
    return b.toString();
  }

  private void header(StringBuilder b, JsonNode stats) {
    JsonNode s = stats.path("stats");
    JsonNode acc = stats.path("accounting");
    double wall = stats.path("wall_seconds").asDouble();
    b.append("<h1>saring run: ").append(Html.esc(stats.path("pipeline").asText())).append("</h1>");
    b.append("<table class=\"meta\" id=\"run\">");
    row(b, "output", out.toAbsolutePath().toString());
    row(b, "pipeline", stats.path("pipeline").asText() + " (" + stats.path("pipeline_origin").asText() + ")");
    List<String> inputs = new ArrayList<>();
    stats.path("inputs").forEach(n -> inputs.add(n.asText()));
    row(b, "inputs", inputs.size() <= 5 ? String.join(", ", inputs) : inputs.size() + " files, e.g. " + inputs.get(0));
    row(b, "documents", String.format(Locale.ROOT, "in %,d = kept %,d + dropped %,d + failed %,d (%s)",
        acc.path("documents_in").asLong(), acc.path("kept").asLong(), acc.path("dropped").asLong(),
        acc.path("failed").asLong(), acc.path("balanced").asBoolean() ? "balanced" : "NOT balanced"));
    row(b, "characters", String.format(Locale.ROOT, "in %,d, kept %,d (%.1f%%)", s.path("chars_in").asLong(),
        s.path("chars_out").asLong(), 100.0 * s.path("chars_out").asLong() / Math.max(1, s.path("chars_in").asLong())));
    row(b, "time", String.format(Locale.ROOT, "%.1f s on %d workers: %,.0f documents/s, %.1f MB/s read", wall,
        stats.path("workers").asInt(), acc.path("documents_in").asLong() / Math.max(1e-9, wall),
        s.path("bytes_read").asLong() / 1e6 / Math.max(1e-9, wall)));
    row(b, "version", stats.path("saring_version").asText());
    b.append("</table>");
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(Html.esc(k)).append("</th><td>").append(Html.esc(v)).append("</td></tr>");
  }

  private void funnel(StringBuilder b, JsonNode stats) {
    List<Svg.Bar> docs = new ArrayList<>();
    List<Svg.Bar> chars = new ArrayList<>();
    b.append("<h2 id=\"funnel\">Funnel through the steps</h2><table class=\"grid\"><tr><th>step</th><th>in</th>"
        + "<th>kept</th><th>dropped</th><th>failed</th><th>chars in</th><th>chars out</th><th>lines removed</th>"
        + "<th>seconds</th></tr>");
    for (JsonNode st : stats.path("stats").path("steps")) {
      long dropped = sum(st.path("dropped"));
      long failed = sum(st.path("failed"));
      long lines = sum(st.path("lines_removed"));
      docs.add(new Svg.Bar(st.path("name").asText(), st.path("kept").asLong(),
          String.format(Locale.ROOT, "%,d of %,d", st.path("kept").asLong(), st.path("in").asLong())));
      chars.add(new Svg.Bar(st.path("name").asText(), st.path("chars_out").asLong(), null));
      b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%,d</td><td>%,d</td><td>%,d</td><td>%,d</td><td>%,d</td>"
          + "<td>%,d</td><td>%,d</td><td>%.2f</td></tr>", Html.esc(st.path("name").asText()), st.path("in").asLong(),
          st.path("kept").asLong(), dropped, failed, st.path("chars_in").asLong(), st.path("chars_out").asLong(), lines,
          st.path("seconds").asDouble()));
    }
    b.append("</table>");
    b.append(Svg.bars("Documents kept after each step", docs, 0));
    b.append(Svg.bars("Characters left after each step", chars, 2));
  }

  private void reasons(StringBuilder b, JsonNode stats) {
    List<Svg.Bar> bars = new ArrayList<>();
    stats.path("stats").path("dropped_by_reason").fields().forEachRemaining(e ->
        bars.add(new Svg.Bar(e.getKey(), e.getValue().asLong(), null)));
    stats.path("stats").path("failures").fields().forEachRemaining(e ->
        bars.add(new Svg.Bar("failed " + e.getKey(), e.getValue().path("count").asLong(e.getValue().asLong()), null)));
    bars.sort(Comparator.comparingDouble(Svg.Bar::value).reversed());
    List<Svg.Bar> lineBars = new ArrayList<>();
    for (JsonNode st : stats.path("stats").path("steps")) {
      st.path("lines_removed").fields().forEachRemaining(e ->
          lineBars.add(new Svg.Bar(st.path("name").asText() + ":" + e.getKey(), e.getValue().asLong(), null)));
    }
    lineBars.sort(Comparator.comparingDouble(Svg.Bar::value).reversed());
    b.append("<h2 id=\"reasons\">Why documents and lines were removed</h2>");
    b.append(bars.isEmpty() ? "<p>No document was removed.</p>" : Svg.bars("Documents removed, by step:reason",
        bars.subList(0, Math.min(40, bars.size())), 1));
    if (!lineBars.isEmpty()) {
      b.append(Svg.bars("Lines removed from documents that stayed, by step:reason",
          lineBars.subList(0, Math.min(40, lineBars.size())), 3));
    }
  }

  private void languages(StringBuilder b, JsonNode stats, Samples samples) {
    List<Svg.Bar> kept = new ArrayList<>();
    stats.path("stats").path("kept_by_language").fields().forEachRemaining(e ->
        kept.add(new Svg.Bar(e.getKey(), e.getValue().asLong(), null)));
    kept.sort(Comparator.comparingDouble(Svg.Bar::value).reversed());
    List<Svg.Bar> removed = new ArrayList<>();
    samples.removedLanguages.forEach((k, v) -> removed.add(new Svg.Bar(k, v, null)));
    removed.sort(Comparator.comparingDouble(Svg.Bar::value).reversed());
    b.append("<h2 id=\"languages\">Languages</h2>");
    b.append(Svg.bars("Kept documents by language", kept.subList(0, Math.min(30, kept.size())), 0));
    if (!removed.isEmpty()) {
      b.append(Svg.bars("Removed documents by language (of those read)", removed.subList(0, Math.min(30, removed.size())), 1));
    }
  }

  private void histograms(StringBuilder b, Samples s) {
    b.append("<h2 id=\"signals\">Signals</h2>");
    b.append(Svg.histogram("Words per kept document", labels(WORD_BINS), s.words, 0));
    List<String> lidLabels = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lidLabels.add(String.format(Locale.ROOT, "%.2f", i / 20.0));
    }
    b.append(Svg.histogram("Language ID score (kept and removed)", lidLabels, s.lidScore, 4));
    List<String> ratioLabels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ratioLabels.add(String.format(Locale.ROOT, "%.1f", i / 10.0));
    }
    b.append(Svg.histogram("Lines ending in punctuation, share per document (FineWeb line_punct_ratio; kept)",
        ratioLabels, s.punctKept, 2));
    b.append(Svg.histogram("Lines ending in punctuation, share per document (removed)", ratioLabels, s.punctRemoved, 1));
    b.append(Svg.histogram("Duplicate cluster size (kept documents)", List.of("1", "2", "3-5", "6-10", "11-100", ">100"),
        s.clusterSizes, 5));
  }

  private static List<String> labels(double[] bins) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < bins.length; i++) {
      out.add(bins[i + 1] == Double.MAX_VALUE ? ">" + (long) bins[i] : (long) bins[i] + "-" + (long) (bins[i + 1] - 1));
    }
    return out;
  }

  private void removedSamples(StringBuilder b, Samples s) {
    b.append("<h2 id=\"samples\">Removed documents and lines, by reason</h2>");
    if (s.docsByReason.isEmpty() && s.linesByReason.isEmpty()) {
      b.append("<p>Nothing was removed.</p>");
    }
    for (Map.Entry<String, List<JsonNode>> e : s.docsByReason.entrySet()) {
      b.append("<h3>Document removed: ").append(Html.esc(e.getKey())).append("</h3><table class=\"sample\">");
      for (JsonNode d : e.getValue()) {
        String text = d.path("text").asText();
        b.append("<tr><td class=\"id\">").append(Html.esc(d.path("id").asText())).append("<br>")
            .append(Html.esc(d.path("metadata").path("url").asText(""))).append("</td><td><pre>")
            .append(Html.esc(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) + "…" : text))
            .append("</pre>").append(explain(d.path("metadata"))).append("</td></tr>");
      }
      b.append("</table>");
    }
    for (Map.Entry<String, List<String[]>> e : s.linesByReason.entrySet()) {
      b.append("<h3>Line removed: ").append(Html.esc(e.getKey())).append("</h3><table class=\"sample\">");
      for (String[] line : e.getValue()) {
        b.append("<tr><td class=\"id\">").append(Html.esc(line[0])).append("</td><td><pre><del>")
            .append(Html.esc(line[1])).append("</del></pre></td></tr>");
      }
      b.append("</table>");
    }
  }

  /** The metadata that says why: the fields steps write about their decisions. */
  private static String explain(JsonNode meta) {
    StringBuilder b = new StringBuilder("<p class=\"why\">");
    for (String k : List.of("removed_by", "removed_reason", "language", "language_score", "duplicate_of",
        "duplicate_cluster_size", "spam")) {
      if (meta.has(k)) {
        String v = meta.get(k).isValueNode() ? meta.get(k).asText() : meta.get(k).toString();
        b.append("<b>").append(Html.esc(k)).append("</b> ").append(Html.esc(v.length() > 300 ? v.substring(0, 300) : v))
            .append(" ");
      }
    }
    JsonNode lines = meta.path("lines_removed");
    if (lines.isArray() && lines.size() > 0) {
      b.append("<br><b>lines removed</b>:");
      int n = 0;
      for (JsonNode l : lines) {
        if (n++ == 5) {
          break;
        }
        b.append(" <del>").append(Html.esc(l.path("text").asText())).append("</del> (")
            .append(Html.esc(l.path("reason").asText())).append(")");
      }
    }
    return b.append("</p>").toString();
  }

  private Samples collect() throws IOException {
    Samples s = new Samples();
    OutputDocuments.forEach(out, true, true, e -> {
      if (s.seen >= maxDocs) {
        s.truncated = true;
        return false;
      }
      s.seen++;
      JsonNode meta = e.metadata();
      if (e.kept()) {
        String t = e.text().strip();
        s.words[bin(WORD_BINS, t.isEmpty() ? 0 : t.split("\\s+").length)]++;
        s.clusterSizes[bin(CLUSTER_BINS, meta.path("duplicate_cluster_size").asInt(1))]++;
      } else {
        String reason = meta.path("removed_by").asText() + ":" + meta.path("removed_reason").asText();
        List<JsonNode> list = s.docsByReason.computeIfAbsent(reason, k -> new ArrayList<>());
        if (list.size() < SAMPLES_PER_REASON) {
          list.add(e.doc());
        }
        s.removedLanguages.merge(meta.path("language").asText("und"), 1L, Long::sum);
      }
      double punct = punctuatedLineShare(e.text());
      if (punct >= 0) {
        (e.kept() ? s.punctKept : s.punctRemoved)[Math.min(9, (int) (punct * 10))]++;
      }
      if (meta.has("language_score")) {
        s.lidScore[Math.min(19, (int) (meta.get("language_score").asDouble() * 20))]++;
      }
      for (Iterator<JsonNode> it = meta.path("lines_removed").elements(); it.hasNext(); ) {
        JsonNode l = it.next();
        String reason = l.path("step").asText() + ":" + l.path("reason").asText();
        List<String[]> list = s.linesByReason.computeIfAbsent(reason, k -> new ArrayList<>());
        if (list.size() < SAMPLES_PER_REASON) {
          list.add(new String[] {e.id(), l.path("text").asText()});
        }
      }
      return true;
    });
    return s;
  }

  /** FineWeb's line_punct_ratio, as the {@code fineweb} filter counts it; -1 for a text without lines. */
  static double punctuatedLineShare(String text) {
    int lines = 0;
    int ended = 0;
    for (String line : Lines.splitOnNewline(text)) {
      if (!line.isBlank()) {
        lines++;
        ended += Chars.endsSentence(line) ? 1 : 0;
      }
    }
    return lines == 0 ? -1 : (double) ended / lines;
  }

  private static int bin(double[] bins, double v) {
    for (int i = 0; i + 1 < bins.length; i++) {
      if (v < bins[i + 1]) {
        return i;
      }
    }
    return bins.length - 2;
  }

  private static long sum(JsonNode counts) {
    long n = 0;
    for (JsonNode v : counts) {
      n += v.isObject() ? v.path("count").asLong() : v.asLong();
    }
    return n;
  }

  private static final class Samples {
    long seen;
    boolean truncated;
    final long[] words = new long[WORD_BINS.length - 1];
    final long[] lidScore = new long[20];
    final long[] clusterSizes = new long[CLUSTER_BINS.length - 1];
    final long[] punctKept = new long[10];
    final long[] punctRemoved = new long[10];
    final Map<String, List<JsonNode>> docsByReason = new TreeMap<>();
    final Map<String, List<String[]>> linesByReason = new TreeMap<>();
    final Map<String, Long> removedLanguages = new LinkedHashMap<>();
  }

  private static final String CSS = "body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;"
      + "color:#1a202c}h1{font-size:22px}h2{margin-top:32px;border-bottom:1px solid #ddd}h3{font-size:15px}"
      + "table{border-collapse:collapse;margin:8px 0}th,td{padding:3px 8px;text-align:left;vertical-align:top}"
      + "table.grid td,table.grid th{border:1px solid #e2e8f0}table.grid td{text-align:right}"
      + "table.grid td:first-child{text-align:left}table.meta th{color:#4a5568}.chart{display:block;margin:10px 0}"
      + ".ct{font-weight:600;font-size:13px}.cl,.cv{font-size:11px;fill:#2d3748}"
      + "pre{white-space:pre-wrap;margin:0;font-size:12px;max-width:800px}del{background:#fed7d7;color:#742a2a}"
      + "table.sample td{border-top:1px solid #e2e8f0}td.id{font-size:11px;color:#4a5568;max-width:220px;"
      + "word-break:break-all}.why{font-size:12px;color:#2d3748}footer{margin-top:40px;color:#718096;font-size:12px}";
}
