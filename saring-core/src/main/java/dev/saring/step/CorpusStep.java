package dev.saring.step;

import dev.saring.document.Document;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A step that needs to see the whole corpus before it can judge one document (lines that recur across a
 * site, duplicates). The executor runs a census pass first: every shard is read, the steps before this one
 * run as usual, and what reaches this step is shown to a {@link Census}; then {@link #conclude} combines
 * the censuses once, and the normal pass calls {@link #prepare} on each instance before {@code apply}.
 *
 * <p>Everything lives in files under the step's folder, so a census is bounded in memory and a killed run
 * resumes: a shard's census that finished is not redone, and a concluded step is not concluded again.
 */
public interface CorpusStep extends Step {
  /** Sees the documents of one shard in the census pass, writing what it keeps under {@code dir}. */
  interface Census extends Closeable {
    void observe(Document doc) throws IOException;
  }

  /** A census for shard {@code shardId}; its files go in {@code dir}, named after the shard. */
  Census census(Path dir, String shardId) throws IOException;

  /** Combines every shard's census in {@code dir}; called once, on one instance, after all of them closed. */
  void conclude(Path dir) throws IOException;

  /**
   * The names of the files {@link #conclude} writes in its folder and {@link #prepare} reads: what a backend
   * whose tasks do not share the folder ships to them (never the per-shard census files).
   */
  List<String> conclusionFiles();

  /**
   * Readies this instance for {@code apply} over shard {@code shardId} from what {@link #conclude} wrote in
   * {@code dir}; the documents then come in the order its census saw them.
   */
  void prepare(Path dir, String shardId) throws IOException;
}
