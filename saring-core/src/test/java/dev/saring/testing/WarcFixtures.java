package dev.saring.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC and WET files for reader tests, with jwarc. */
public final class WarcFixtures {
  private static final Instant DATE = Instant.parse("2026-01-02T03:04:05Z");

  /** A captured page: URL, HTTP status, Content-Type header and body. */
  public record Page(String url, int status, String contentType, byte[] body) {
    public static Page html(String url, String html) {
      return new Page(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static Page encoded(String url, String contentType, String html, Charset charset) {
      return new Page(url, 200, contentType, html.getBytes(charset));
    }
  }

  private WarcFixtures() {}

  /** A WARC with a request and a response record per page. */
  public static Path warc(Path file, boolean gzip, List<Page> pages) throws IOException {
    Files.write(file, warcBytes(gzip, pages));
    return file;
  }

  public static byte[] warcBytes(boolean gzip, List<Page> pages) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (Page p : pages) {
        URI uri = URI.create(p.url());
        w.write(new WarcRequest.Builder(uri).recordId(id("req" + p.url())).date(DATE)
            .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)).build());
        String head = "HTTP/1.1 " + p.status() + " X\r\n"
            + (p.contentType() == null ? "" : "Content-Type: " + p.contentType() + "\r\n")
            + "Content-Length: " + p.body().length + "\r\n\r\n";
        byte[] http = concat(head.getBytes(StandardCharsets.ISO_8859_1), p.body());
        w.write(new WarcResponse.Builder(uri).recordId(id(p.url())).date(DATE)
            .body(MediaType.HTTP_RESPONSE, http).build());
      }
    }
    return bytes.toByteArray();
  }

  /** A WET-like file: conversion records holding text. */
  public static Path wet(Path file, boolean gzip, List<String[]> urlAndText) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (String[] ut : urlAndText) {
        w.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", ut[0]).recordId(id(ut[0])).date(DATE)
            .body(MediaType.PLAIN_TEXT, ut[1].getBytes(StandardCharsets.UTF_8)).build());
      }
    }
    Files.write(file, bytes.toByteArray());
    return file;
  }

  /** The record id written for a page's response: {@code urn:uuid:…}. */
  public static String responseId(String url) {
    return id(url).toString();
  }

  private static URI id(String name) {
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
