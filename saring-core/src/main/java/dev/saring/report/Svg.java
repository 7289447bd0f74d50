package dev.saring.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts: no script, no external resource, readable without a browser's help. */
final class Svg {
  /** A labelled value for a bar. */
  record Bar(String label, double value, String note) {}

  private static final String[] COLORS = {"#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#2c7a7b"};

  private Svg() {}

  /** Horizontal bars, longest first as given, with the value (or note) at the end of each bar. */
  static String bars(String title, List<Bar> bars, int colorIndex) {
    int labelWidth = 240;
    int width = 760;
    int row = 22;
    int height = Math.max(1, bars.size()) * row + 30;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">", Html.esc(title), width, height, width, height));
    b.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"14\" class=\"ct\">%s</text>", Html.esc(title)));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 24 + i * row;
      double w = max <= 0 ? 0 : (width - labelWidth - 120) * bar.value() / max;
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"cl\">%s</text>",
          labelWidth - 6, y + 14, Html.esc(shorten(bar.label(), 38))));
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
          labelWidth, y + 2, Math.max(w, bar.value() > 0 ? 1 : 0), row - 6, COLORS[colorIndex % COLORS.length]));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"cv\">%s</text>", labelWidth + w + 6, y + 14,
          Html.esc(bar.note() != null ? bar.note() : format(bar.value()))));
    }
    return b.append("</svg>").toString();
  }

  /** A histogram: counts per bin, bins labelled under the columns. */
  static String histogram(String title, List<String> binLabels, long[] counts, int colorIndex) {
    int width = 760;
    int height = 210;
    int left = 50;
    int bottom = 170;
    int n = counts.length;
    double colWidth = (width - left - 10) / (double) Math.max(1, n);
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">", Html.esc(title), width, height, width, height));
    b.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"14\" class=\"ct\">%s</text>", Html.esc(title)));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"34\" text-anchor=\"end\" class=\"cl\">%s</text>", left - 4,
        format(max)));
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, bottom,
        width - 10, bottom));
    for (int i = 0; i < n; i++) {
      double h = (bottom - 30) * (double) counts[i] / max;
      double x = left + i * colWidth;
      b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
          + "<title>%s: %d</title></rect>", x + 1, bottom - h, Math.max(1, colWidth - 2), h,
          COLORS[colorIndex % COLORS.length], Html.esc(binLabels.get(i)), counts[i]));
      if (n <= 12 || i % Math.max(1, n / 10) == 0) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"cl\">%s</text>",
            x + colWidth / 2, bottom + 16, Html.esc(binLabels.get(i))));
      }
    }
    return b.append("</svg>").toString();
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
