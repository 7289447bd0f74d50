package dev.saring.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds the demo crawl: a WARC.gz written from the pages shipped under {@code dev/saring/demo/pages}, with
 * a request and a response record per page, as a crawler writes them.
 *
 * <p>The pages show what saring is for: an Indonesian news article and its copy on a gambling SEO site
 * with a spam footer, a Malay article, an English article and an exact mirror of it, pages in German
 * (ISO-8859-1) and Japanese (Shift_JIS) served in their legacy charsets, a Vietnamese page, a page of
 * pure gambling spam, a 404 page and an image. Record ids and dates are fixed, so the crawl, and the demo's
 * output, are the same on every machine.
 */
public final class DemoCrawl {
  private static final String BASE = "/dev/saring/demo/";
  private static final Instant DATE = Instant.parse("2026-05-01T10:00:00Z");
  /** The smallest valid PNG header, so the image record looks like one. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

  /** One line of {@code pages.tsv}. */
  record Page(String url, int status, String contentType, String file) {}

  private DemoCrawl() {}

  /** Writes the crawl to {@code target} (a {@code .warc.gz} path) and returns it. */
  public static Path write(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new Warcinfo.Builder().recordId(uuid("warcinfo")).date(DATE)
          .fields(Map.of("software", List.of("saring demo"), "format", List.of("WARC File Format 1.1")))
          .build());
      int n = 0;
      for (Page page : pages()) {
        writeCapture(writer, page, n++);
      }
    }
    return target;
  }

  private static void writeCapture(WarcWriter writer, Page page, int n) throws IOException {
    URI uri = URI.create(page.url());
    Instant date = DATE.plusSeconds(60L * n);
    String host = uri.getHost();
    String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: saring-demo\r\n\r\n";
    writer.write(new WarcRequest.Builder(uri).recordId(uuid("request " + page.url())).date(date)
        .body(MediaType.HTTP_REQUEST, request.getBytes(StandardCharsets.US_ASCII)).build());
    byte[] body = body(page);
    String head = "HTTP/1.1 " + page.status() + (page.status() == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: " + page.contentType() + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] http = concat(head.getBytes(StandardCharsets.US_ASCII), body);
    writer.write(new WarcResponse.Builder(uri).recordId(uuid("response " + page.url())).date(date)
        .body(MediaType.HTTP_RESPONSE, http).build());
  }

  private static byte[] body(Page page) throws IOException {
    if (page.file().equals("-")) {
      return PNG;
    }
    String html = resource("pages/" + page.file());
    return html.getBytes(charsetOf(page.contentType()));
  }

  private static Charset charsetOf(String contentType) {
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String label = contentType.substring(at + 8).trim();
    // Shift_JIS pages on the web are really Microsoft's superset, as browsers know.
    return label.equalsIgnoreCase("shift_jis") ? Charset.forName("windows-31j") : Charset.forName(label);
  }

  static List<Page> pages() throws IOException {
    List<Page> pages = new ArrayList<>();
    for (String line : resource("pages.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      pages.add(new Page(f[0], Integer.parseInt(f[1]), f[2], f[3]));
    }
    return pages;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DemoCrawl.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("demo resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static URI uuid(String name) {
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
