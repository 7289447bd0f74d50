package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String GERMAN = "<html><head><title>Grüße</title></head><body><p>Die Straße führt über "
      + "die Brücke zum Schloß, wo die Bürger früher Märkte abhielten und Gäste aus fernen Ländern empfingen.</p>"
      + "</body></html>";

  @Test
  void decodeHtml_httpCharsetWins() {
    byte[] b = GERMAN.getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decodeHtml(b, b.length, "text/html; charset=ISO-8859-1");
    assertThat(d.text()).isEqualTo(GERMAN);
    assertThat(d.source()).isEqualTo("http");
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void decodeHtml_metaCharsetUsedWithoutHttpCharset() {
    String html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
        + "</head><body>Привет, мир! Это обычная страница на русском языке.</body></html>";
    byte[] b = html.getBytes(Charset.forName("windows-1251"));
    TextDecoder.Decoded d = TextDecoder.decodeHtml(b, b.length, "text/html");
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.source()).isEqualTo("meta");
  }

  @Test
  void decodeHtml_declaredUtf8ButLatin1Bytes_isDetected() {
    byte[] b = GERMAN.getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = TextDecoder.decodeHtml(b, b.length, "text/html; charset=utf-8");
    assertThat(d.text()).isEqualTo(GERMAN);
    assertThat(d.source()).isEqualTo("detected");
  }

  @Test
  void decodeHtml_declaredLatin1ButUtf8Bytes_isReadAsUtf8() {
    byte[] b = GERMAN.getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = TextDecoder.decodeHtml(b, b.length, "text/html; charset=iso-8859-1");
    assertThat(d.text()).isEqualTo(GERMAN);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void decodeHtml_undeclaredShiftJis_isDetected() {
    String html = "<html><body><p>川沿いの桜並木が満開となり、週末には家族連れや観光客など多くの人が訪れました。"
        + "今年は三月の気温が平年より高かったため、開花は去年より五日ほど早まったということです。</p></body></html>";
    byte[] b = html.getBytes(Charset.forName("windows-31j"));
    TextDecoder.Decoded d = TextDecoder.decodeHtml(b, b.length, null);
    assertThat(d.text()).isEqualTo(html);
  }

  @Test
  void decode_bomWinsOverDeclarations() {
    byte[] body = "Ünïcödé".getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    assertThat(TextDecoder.decodeText(b, b.length, "text/plain; charset=iso-8859-1").text()).isEqualTo("Ünïcödé");
  }

  @Test
  void decode_unknownOrHostileLabels_fallBackWithoutThrowing() {
    byte[] b = "plain ascii".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.decodeHtml(b, b.length, "text/html; charset=x-no-such-charset").text())
        .isEqualTo("plain ascii");
    assertThat(TextDecoder.decodeHtml(b, b.length, "text/html; charset=\"\"").text()).isEqualTo("plain ascii");
    byte[] meta = "<meta charset='../../etc/passwd'><p>x</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.decodeHtml(meta, meta.length, null).text()).contains("<p>x</p>");
  }

  @Test
  void decode_usesOnlyTheGivenLength() {
    byte[] b = "abcdef".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.decodeText(b, 3, null).text()).isEqualTo("abc");
  }
}
