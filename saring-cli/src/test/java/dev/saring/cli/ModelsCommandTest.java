package dev.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saring models}: the official lid176 entry pulled from a loopback mirror, checked by size and SHA-256. */
class ModelsCommandTest {
  @TempDir
  Path dir;
  HttpServer server;
  byte[] served;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/lid.176.ftz", ex -> {
      ex.sendResponseHeaders(200, served.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(served);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String mirror() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/lid.176.ftz";
  }

  @Test
  void pull_realLid176FromAMirror_isCheckedKeptListedAndUsable() throws Exception {
    Path real = Path.of("../../shared/models/lid.176.ftz");
    Assumptions.assumeTrue(Files.exists(real), "needs ../shared/models/lid.176.ftz (absent in a fresh clone)");
    served = Files.readAllBytes(real);
    Cli r = Cli.run("models", "pull", "lid176", "--dir", dir.toString(), "--url", mirror());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("ok: ").contains("lid.176.ftz");
    assertThat(dir.resolve("lid.176.ftz")).hasSize(938_013L);
    assertThat(Cli.run("models", "list", "--dir", dir.toString()).out()).containsPattern("lid176 .*downloaded");

    Cli lid = Cli.runWithStdin("Das Wetter ist heute schön und warm.\n".getBytes(StandardCharsets.UTF_8),
        "lid", "--model", dir.resolve("lid.176.ftz").toString());
    assertThat(lid.out()).startsWith("deu_Latn\t");
  }

  @Test
  void pull_wrongBytes_exitOneAndNothingKept() {
    served = new byte[938_013];
    Cli r = Cli.run("models", "pull", "lid176", "--dir", dir.toString(), "--url", mirror());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("checksum mismatch");
    assertThat(dir.resolve("lid.176.ftz")).doesNotExist();
    assertThat(Cli.run("models", "list", "--dir", dir.toString()).out()).doesNotContain("downloaded");
  }

  @Test
  void pull_unknownName_exitTwoListingTheKnownOnes() {
    Cli r = Cli.run("models", "pull", "lid999", "--dir", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("lid176").contains("glotlid");
  }

  @Test
  void pull_noServer_exitOneSayingSo() throws Exception {
    served = new byte[0];
    server.stop(0);
    Cli r = Cli.run("models", "pull", "lid176", "--dir", dir.toString(), "--url", mirror());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("cannot reach");
  }
}
