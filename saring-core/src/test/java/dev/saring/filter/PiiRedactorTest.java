package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.pipeline.OptionsBinder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiRedactorTest {
  private final PiiRedactor pii = new PiiRedactor(PiiRedactor.Options.DEFAULTS);

  private String redact(String text) {
    Document doc = new Document("d", text);
    pii.apply(doc);
    return doc.text();
  }

  @Test
  void emails_areReplaced() {
    assertThat(redact("Kirim ke budi.santoso+berita@kabar-nusantara.co.id atau redaksi@kabar.id.")).isEqualTo(
        "Kirim ke email@example.com atau email@example.com.");
  }

  @Test
  void publicIpv4_isReplaced_privateAndVersionsAreNot() {
    assertThat(redact("Server 203.45.67.89 menyerang.")).isEqualTo("Server 192.0.2.1 menyerang.");
    assertThat(redact("router 192.168.1.1, vpn 10.0.0.5, host 172.20.3.4, lo 127.0.0.1")).isEqualTo(
        "router 192.168.1.1, vpn 10.0.0.5, host 172.20.3.4, lo 127.0.0.1");
    assertThat(redact("Update to version 1.2.3.4 or v2.10.0.1 now; build 5.1.2.600 too.")).isEqualTo(
        "Update to version 1.2.3.4 or v2.10.0.1 now; build 5.1.2.600 too.");
    assertThat(redact("Section 1.2.3.4.5 and 01.02.03.04 and 300.1.2.3")).isEqualTo(
        "Section 1.2.3.4.5 and 01.02.03.04 and 300.1.2.3");
  }

  @Test
  void publicIpv6_isReplaced_specialRangesTimesAndCodeAreNot() {
    assertThat(redact("from 2a03:2880:f12f:83:face:b00c:0:25de today")).isEqualTo("from 2001:db8::1 today");
    assertThat(redact("from 2606:4700::6810:85e5 today")).isEqualTo("from 2001:db8::1 today");
    assertThat(redact("local fe80::1:2:3 and ::1 and 2001:db8::5 and 12:30:45 and std::vector")).isEqualTo(
        "local fe80::1:2:3 and ::1 and 2001:db8::5 and 12:30:45 and std::vector");
  }

  @Test
  void phones_inCommonFormats_areReplaced_numbersThatAreNotPhonesAreNot() {
    assertThat(redact("Hubungi +62 812-3456-7890 atau 0812-3456-7890 atau 081234567890.")).isEqualTo(
        "Hubungi +1-555-0100 atau +1-555-0100 atau +1-555-0100.");
    assertThat(redact("Call (555) 123-4567 or 555-123-4567.")).isEqualTo("Call +1-555-0100 or +1-555-0100.");
    assertThat(redact("Harga Rp 1.500.000 pada 14-02-2026, tahun 2019-2020, NIK 3174012345678901."))
        .isEqualTo("Harga Rp 1.500.000 pada 14-02-2026, tahun 2019-2020, NIK 3174012345678901.");
    // Glued to a letter, any script, the digits are part of a word; after other symbols they are a phone.
    assertThat(redact("kodeé0812-3456-7890 и код0812-3456-7890 «0812-3456-7890»")).isEqualTo(
        "kodeé0812-3456-7890 и код0812-3456-7890 «+1-555-0100»");
  }

  @Test
  void counts_areRecorded_andASecondPassChangesNothing() {
    Document doc = new Document("d", "a@b.com, c@d.org, 8.8.8.8");
    pii.apply(doc);
    assertThat(doc.metadata().get("pii_redacted")).isEqualTo(Map.of("email", 2, "ipv4", 1));
    String once = doc.text();
    pii.apply(doc);
    assertThat(doc.text()).isEqualTo(once);
  }

  @Test
  void kinds_canBeSwitchedOffAndPlaceholdersChanged() {
    PiiRedactor onlyEmail = new PiiRedactor(OptionsBinder.bind("t", PiiRedactor.Options.DEFAULTS,
        Map.of("ips", false, "phones", false, "email_replacement", "<EMAIL>")));
    Document doc = new Document("d", "x@y.com 8.8.8.8 +62 812-3456-7890");
    onlyEmail.apply(doc);
    assertThat(doc.text()).isEqualTo("<EMAIL> 8.8.8.8 +62 812-3456-7890");
  }
}
