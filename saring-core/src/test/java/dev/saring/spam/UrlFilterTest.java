package dev.saring.spam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.step.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlFilterTest {
  private static Verdict check(UrlFilter f, String url) {
    Document d = new Document("1", "text");
    d.metadata().put("url", url);
    return f.apply(d);
  }

  private static String reason(UrlFilter f, String url) {
    Verdict v = check(f, url);
    return v.kind() == Verdict.Kind.KEEP ? "kept" : v.reason();
  }

  @Test
  void builtInWords_dropSpamUrls_andKeepOrdinaryOnes() {
    UrlFilter f = UrlFilter.of(UrlFilter.Options.DEFAULTS);
    assertThat(reason(f, "https://example.com/togel-hari-ini")).isEqualTo("banned_word");
    assertThat(reason(f, "https://situsslotgacor88.xyz/")).isEqualTo("banned_subword");
    assertThat(reason(f, "https://pmb.kampus.ac.id/wp-content/slot-bonus/daftar.html")).isEqualTo("soft_banned_words");
    assertThat(reason(f, "https://news.detik.com/berita/d-123/polisi-tangkap-pelaku-judi")).isEqualTo("kept");
    assertThat(reason(f, "https://example.com/parking-slot-booking")).isEqualTo("kept");
    assertThat(reason(f, "https://www.essex.gov.uk/sussex-history")).isEqualTo("kept");
    assertThat(reason(f, "not a url at all %%%")).isEqualTo("kept");
    assertThat(reason(f, "")).isEqualTo("kept");
  }

  @Test
  void blockListsInEveryFormat_andAllowListWins(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("domains"), "# UT1 style\nbad-casino.com\nwww.judi-site.net\n\n");
    Path hosts = Files.writeString(dir.resolve("hosts"), "0.0.0.0 tracker.example.org\n127.0.0.1 localhost\n");
    Path adblock = Files.writeString(dir.resolve("ads.txt"), "! comment\n||spam-farm.io^\n");
    Path urls = Files.writeString(dir.resolve("urls"), "hacked.go.id/wp-content/uploads\n");
    Path allow = Files.writeString(dir.resolve("allow"), "good.bad-casino.com\n");
    UrlFilter f = UrlFilter.of(new UrlFilter.Options(
        List.of(plain.toString(), hosts.toString(), adblock.toString(), urls.toString()),
        List.of(allow.toString()), false, List.of(), 2));
    assertThat(reason(f, "https://bad-casino.com/")).isEqualTo("blocked_domain");
    assertThat(reason(f, "https://sub.deep.bad-casino.com/a")).isEqualTo("blocked_domain");
    assertThat(reason(f, "http://judi-site.net/x")).isEqualTo("blocked_domain");
    assertThat(reason(f, "http://tracker.example.org/")).isEqualTo("blocked_domain");
    assertThat(reason(f, "https://spam-farm.io/page")).isEqualTo("blocked_domain");
    assertThat(reason(f, "https://hacked.go.id/wp-content/uploads/2024/x.html")).isEqualTo("blocked_url");
    assertThat(reason(f, "https://hacked.go.id/berita/x.html")).isEqualTo("kept");
    assertThat(reason(f, "https://good.bad-casino.com/")).isEqualTo("kept");
    assertThat(reason(f, "https://notbad-casino.com/")).isEqualTo("kept");
    assertThat(reason(f, "http://localhost/")).isEqualTo("kept");
  }

  @Test
  void registeredDomain_followsThePublicSuffixList() {
    assertThat(UrlFilter.registeredDomain("news.detik.com")).isEqualTo("detik.com");
    assertThat(UrlFilter.registeredDomain("www.bps.go.id")).isEqualTo("bps.go.id");
    assertThat(UrlFilter.registeredDomain("a.b.example.co.uk")).isEqualTo("example.co.uk");
    assertThat(UrlFilter.registeredDomain("192.168.0.1")).isNull();
    assertThat(UrlFilter.registeredDomain("co.uk")).isNull();
    Document d = new Document("1", "x");
    d.metadata().put("url", "https://pmb.unair.ac.id/info");
    UrlFilter.of(UrlFilter.Options.DEFAULTS).apply(d);
    assertThat(d.metadata()).containsEntry("domain", "unair.ac.id");
  }

  @Test
  void hugeListIsCompact_andJunkLinesAreSkipped(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("junk line with spaces\n\u0000\u0001\n");
    for (int i = 0; i < 200_000; i++) {
      b.append("site").append(i).append(".example\n");
    }
    Path big = Files.writeString(dir.resolve("big"), b);
    DomainList list = DomainList.load(List.of(big));
    assertThat(list.size()).isEqualTo(200_000);
    assertThat(list.containsHost("www.site199999.example")).isTrue();
    assertThat(list.containsHost("site200000.example")).isFalse();
  }
}
