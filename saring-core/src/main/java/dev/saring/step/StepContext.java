package dev.saring.step;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a run shares between the per-thread instances of its steps: heavy read-only resources (a language
 * model, a block list) built once and used by all workers, and the run's folders.
 *
 * <p>One context per run, never static: two runs in one JVM (tests, the Spark executor) do not share state.
 */
public final class StepContext {
  private final Map<String, Object> shared = new ConcurrentHashMap<>();
  private final Path workDir;

  /** @param workDir a folder a step may use for its own files (model caches, spill files) */
  public StepContext(Path workDir) {
    this.workDir = workDir;
  }

  /** A context for tests and tools that run steps outside an executor. */
  public static StepContext standalone() {
    return new StepContext(Path.of(System.getProperty("java.io.tmpdir"), "saring"));
  }

  public Path workDir() {
    return workDir;
  }

  /**
   * The resource under {@code key}, built by {@code loader} on first use; later calls, from any thread,
   * get the same instance. {@code key} should name the resource and its settings
   * ({@code "fasttext:/models/lid.176.ftz"}).
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(String key, Supplier<T> loader) {
    return (T) shared.computeIfAbsent(key, k -> loader.get());
  }
}
