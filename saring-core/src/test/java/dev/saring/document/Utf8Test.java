package dev.saring.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void isValid_acceptsWellFormedText() {
    byte[] b = "ascii é 日本 😀".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.isValid(b, 0, b.length, false)).isTrue();
  }

  @Test
  void isValid_refusesLatin1OverlongSurrogatesAndTooHigh() {
    assertThat(valid(0x63, 0xE9, 0x74)).isFalse();               // "cét" in Latin-1
    assertThat(valid(0xC0, 0xAF)).isFalse();                     // overlong '/'
    assertThat(valid(0xED, 0xA0, 0x80)).isFalse();               // U+D800
    assertThat(valid(0xF4, 0x90, 0x80, 0x80)).isFalse();         // above U+10FFFF
    assertThat(valid(0xFF)).isFalse();
  }

  @Test
  void isValid_cutTail_onlyWhenAllowed() {
    byte[] b = "日".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.isValid(b, 0, 2, true)).isTrue();
    assertThat(Utf8.isValid(b, 0, 2, false)).isFalse();
  }

  private static boolean valid(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Utf8.isValid(b, 0, b.length, false);
  }
}
