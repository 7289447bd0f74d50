package dev.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saring report} and {@code saring inspect} on the output of a real run of the web preset. */
class ReportCommandTest {
  @TempDir
  Path dir;

  private Path demoRun() throws Exception {
    Cli r = Cli.run("demo", "-o", dir.resolve("demo").toString(), "--progress", "none");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("report.html");
    return dir.resolve("demo/out");
  }

  @Test
  void report_hasFunnelReasonsLanguagesSignalsAndSamples() throws Exception {
    Path out = demoRun();
    Path file = dir.resolve("r.html");
    Cli r = Cli.run("report", out.toString(), "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(file);
    assertThat(html).contains("id=\"funnel\"", "id=\"reasons\"", "id=\"languages\"", "id=\"signals\"", "id=\"samples\"")
        .contains("url_filter:banned_word").contains("extract_html").contains("ind_Latn")
        .doesNotContain("<script").doesNotContain("http://cdn").doesNotContain("https://cdn");
    assertThat(html.split("<svg class=\"chart\"", -1).length - 1).isGreaterThanOrEqualTo(9);
    assertThat(html).contains("line_punct_ratio");
    assertThat(html).contains("<table class=\"sample\">");
  }

  @Test
  void report_rendersInHeadlessChromium_withoutConsoleErrors() throws Exception {
    String chromium = Files.exists(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
    Assumptions.assumeTrue(chromium != null, "needs chromium (the Debian package; .ci/run installs it)");
    Path out = demoRun();
    Path file = out.resolve("report.html");
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    List<String> base = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("chrome-profile"), "--enable-logging=stderr", "--v=0");
    List<String> dump = new ArrayList<>(base);
    dump.addAll(List.of("--dump-dom", file.toUri().toString()));
    Process p = new ProcessBuilder(dump).redirectErrorStream(false).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(dom).contains("<svg class=\"chart\"").contains("class=\"sample\"").contains("Funnel through the steps");
    assertThat(log).doesNotContain("CONSOLE").doesNotContain("Uncaught");

    List<String> screenshot = new ArrayList<>(base);
    screenshot.addAll(List.of("--window-size=1200,3000", "--screenshot=" + shot, file.toUri().toString()));
    Process s = new ProcessBuilder(screenshot).redirectErrorStream(true).redirectOutput(dir.resolve("shot.log").toFile())
        .start();
    assertThat(s.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void report_ofAMillionDocuments_staysSmall() throws Exception {
    Path out = demoRun();
    Path big = Files.createDirectories(out.resolve("removed/synthetic"));
    try (BufferedWriter w = Files.newBufferedWriter(big.resolve("big.jsonl"))) {
      for (int i = 0; i < 1_000_000; i++) {
        w.write("{\"id\":\"s" + i + "\",\"text\":\"short synthetic text number " + i + "\",\"metadata\":{"
            + "\"language\":\"eng_Latn\",\"removed_by\":\"synthetic\",\"removed_reason\":\"r" + (i % 50) + "\"}}\n");
      }
    }
    Path file = dir.resolve("big.html");
    assertThat(Cli.run("report", out.toString(), "-o", file.toString()).exit()).isZero();
    assertThat(Files.size(file)).isLessThan(1_500_000);
    assertThat(Files.readString(file)).contains("synthetic:r49");
  }

  @Test
  void report_ofAFolderWithoutARun_isAClearError() {
    Cli r = Cli.run("report", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no stats.json");
  }

  @Test
  void inspect_filtersByReasonLanguageAndKeptOrRemoved_andPages() throws Exception {
    Path out = demoRun();
    Cli removed = Cli.run("inspect", out.toString(), "--removed", "-n", "10");
    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).contains("REMOVED by url_filter: banned_word").doesNotContain("KEPT ");
    Cli byReason = Cli.run("inspect", out.toString(), "--reason", "banned_subword");
    assertThat(byReason.out()).contains("banned_subword").contains("-- 1 shown (no more)");
    Cli ind = Cli.run("inspect", out.toString(), "--kept", "--lang", "ind_Latn", "-n", "1");
    assertThat(ind.out()).contains("KEPT").contains("ind_Latn").contains("next page: --skip 1");
    Cli page2 = Cli.run("inspect", out.toString(), "--kept", "-n", "1", "--skip", "1");
    assertThat(page2.out()).contains("KEPT");
    assertThat(Cli.run("inspect", dir.resolve("nothing").toString()).exit()).isEqualTo(2);
  }
}
