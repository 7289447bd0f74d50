package dev.saring.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The folder of downloaded model files ({@code $SARING_MODELS}, else {@code ~/.cache/saring/models}) and
 * the official models saring knows by name, each pinned to a URL, a size and a SHA-256.
 */
public final class ModelStore {
  /** A model file saring can fetch by name. */
  public record Known(String name, String file, String url, long size, String sha256, String description) {}

  public static final Map<String, Known> KNOWN = known();

  private static Map<String, Known> known() {
    Map<String, Known> m = new LinkedHashMap<>();
    m.put("lid176", new Known("lid176", "lid.176.ftz",
        "https://dl.fbaipublicfiles.com/fasttext/supervised-models/lid.176.ftz", 938_013L,
        "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83",
        "fastText language ID, 176 languages, quantized (Joulin et al.; CC-BY-SA-3.0)"));
    m.put("glotlid", new Known("glotlid", "glotlid-v3.bin",
        "https://huggingface.co/cis-lmu/glotlid/resolve/74cb50b709c9eefe0f790030c6c95c461b4e3b77/model.bin",
        1_687_094_687L, "a818b6bd42a628ab47d3dfc1578c7ea615c45381f3494c42535e31e8c4cafc9e",
        "GlotLID v3, 2,102 language-script labels (Kargaran et al.; Apache-2.0)"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private final Path dir;

  public ModelStore(Path dir) {
    this.dir = dir;
  }

  /** The store in {@code $SARING_MODELS}, else {@code ~/.cache/saring/models}. */
  public static ModelStore standard() {
    String env = System.getenv("SARING_MODELS");
    return new ModelStore(env != null && !env.isBlank() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "saring", "models"));
  }

  public Path dir() {
    return dir;
  }

  /**
   * The model file for {@code nameOrPath}: an existing file as given, or a known model's file in this store.
   * Fails with what to run when a known model has not been pulled.
   */
  public Path resolve(String nameOrPath) throws IOException {
    Known k = KNOWN.get(nameOrPath);
    if (k == null) {
      Path p = Path.of(nameOrPath);
      if (!Files.isRegularFile(p)) {
        throw new IOException("no model file " + p.toAbsolutePath() + " (known model names: "
            + String.join(", ", KNOWN.keySet()) + ")");
      }
      return p;
    }
    Path p = dir.resolve(k.file());
    if (!Files.isRegularFile(p)) {
      throw new IOException("model " + k.name() + " is not downloaded: run `saring models pull " + k.name()
          + "` (it goes to " + p + ")");
    }
    return p;
  }

  /**
   * Downloads {@code known} from {@code url} (its official URL, or a mirror) into the store, checking its size
   * and SHA-256; a file that is already there and checks out is kept. Returns the file.
   */
  public Path pull(Known known, URI url, LongConsumer progress) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(known.file());
    if (Files.isRegularFile(target) && Files.size(target) == known.size() && known.sha256().equals(sha256(target))) {
      return target;
    }
    Path tmp = dir.resolve(known.file() + ".part");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(30)).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
      throw new IOException("cannot reach " + url.getHost() + " (no network?). Download " + url
          + " by other means and put it at " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("HTTP " + response.statusCode() + " from " + url);
    }
    MessageDigest sha = newSha256();
    long total = 0;
    try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        sha.update(buf, 0, n);
        total += n;
        if (total > known.size()) {
          break;
        }
        progress.accept(total);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("download of " + url + " broke off after " + total + " bytes: " + e.getMessage(), e);
    }
    String digest = HexFormat.of().formatHex(sha.digest());
    if (total != known.size() || !digest.equals(known.sha256())) {
      Files.deleteIfExists(tmp);
      throw new IOException("checksum mismatch for " + known.name() + " from " + url + ": got " + total
          + " bytes, sha256 " + digest + "; expected " + known.size() + " bytes, sha256 " + known.sha256()
          + ". Nothing was kept.");
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest sha = newSha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
