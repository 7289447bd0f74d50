package dev.saring.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server on loopback: the real download path, no network. */
class ModelStoreTest {
  @TempDir
  Path dir;
  HttpServer server;
  byte[] body = "a small model file\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
  ModelStore.Known known;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/model.bin", ex -> {
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.createContext("/cut.bin", ex -> {
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body, 0, 100);
      }
    });
    server.start();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    known = new ModelStore.Known("test", "test.bin", url("/model.bin").toString(), body.length, sha, "test model");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void pull_checksAndKeepsTheFile_thenResolvesItByName() throws Exception {
    ModelStore store = new ModelStore(dir.resolve("models"));
    Path file = store.pull(known, url("/model.bin"), n -> { });
    assertThat(file).hasBinaryContent(body);
    assertThat(dir.resolve("models")).isDirectoryNotContaining("glob:**.part");
    // A second pull of a good file downloads nothing: the server may be gone.
    server.stop(0);
    assertThat(store.pull(known, url("/model.bin"), n -> { })).isEqualTo(file);
  }

  @Test
  void wrongBytes_nothingKeptAndTheMismatchExplained() {
    ModelStore store = new ModelStore(dir);
    ModelStore.Known wrongSum = new ModelStore.Known("test", "test.bin", "", body.length, "0".repeat(64), "");
    assertThatThrownBy(() -> store.pull(wrongSum, url("/model.bin"), n -> { })).isInstanceOf(IOException.class)
        .hasMessageContaining("checksum mismatch").hasMessageContaining("Nothing was kept");
    assertThat(dir.resolve("test.bin")).doesNotExist();
    assertThat(dir.resolve("test.bin.part")).doesNotExist();
  }

  @Test
  void truncatedDownload_orHttpError_orNoServer_clearErrors() throws Exception {
    ModelStore store = new ModelStore(dir);
    assertThatThrownBy(() -> store.pull(known, url("/cut.bin"), n -> { })).isInstanceOf(IOException.class);
    assertThat(dir.resolve("test.bin")).doesNotExist();
    assertThatThrownBy(() -> store.pull(known, url("/missing.bin"), n -> { })).isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 404");
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/model.bin");
    assertThatThrownBy(() -> store.pull(known, nowhere, n -> { })).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot reach 127.0.0.1").hasMessageContaining("no network?");
  }

  @Test
  void resolve_givesFilesAsIs_andSaysHowToPullAKnownModel() throws Exception {
    ModelStore store = new ModelStore(dir);
    Path own = Files.writeString(dir.resolve("own.bin"), "x");
    assertThat(store.resolve(own.toString())).isEqualTo(own);
    assertThatThrownBy(() -> store.resolve("lid176")).isInstanceOf(IOException.class)
        .hasMessageContaining("saring models pull lid176");
    assertThatThrownBy(() -> store.resolve(dir.resolve("nope.bin").toString())).isInstanceOf(IOException.class)
        .hasMessageContaining("no model file");
  }
}
