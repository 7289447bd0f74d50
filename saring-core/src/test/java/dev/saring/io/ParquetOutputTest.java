package dev.saring.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import dev.saring.report.OutputDocuments;
import dev.saring.testing.Corpora;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code writer: {format: parquet}}: the same documents as JSONL output, readable again as input and by the report. */
class ParquetOutputTest {
  @TempDir
  Path dir;

  private Map<String, String> run(String format, Path in, Path out) throws Exception {
    String yaml = "name: pq\nwriter: {format: " + format + "}\nsteps:\n  - normalize: {}\n  - gopher_quality: {}\n";
    Pipeline p = Pipeline.of(PipelineConfig.parse(yaml, "test"), StepRegistry.standard());
    new LocalExecutor(new LocalExecutor.Settings(2, true, ProgressMode.NONE,
        new PrintStream(OutputStream.nullOutputStream()), Duration.ofSeconds(60))).run(p, List.of(in.toString()), out);
    Map<String, String> docs = new TreeMap<>();
    OutputDocuments.forEach(out, true, true, e -> {
      docs.put(e.id(), (e.kept() ? "kept " : "removed ") + e.text() + " " + e.metadata());
      return true;
    });
    return docs;
  }

  @Test
  void parquetOutput_holdsTheDocumentsJsonlOutputHolds_andReadsBackAsInput() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Corpora.jsonl(in.resolve("a.jsonl"), 40, 60, 1);
    Corpora.jsonl(in.resolve("b.jsonl.zst"), 40, 5, 2);
    Map<String, String> jsonl = run("jsonl", in, dir.resolve("j"));
    Map<String, String> parquet = run("parquet", in, dir.resolve("p"));
    assertThat(parquet).hasSize(80).isEqualTo(jsonl);
    try (Stream<Path> files = Files.walk(dir.resolve("p/kept"))) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .isNotEmpty().allMatch(n -> n.endsWith(".parquet"));
    }
    // The kept Parquet files are input again: the same documents come out.
    List<Document> again = new ArrayList<>();
    for (InputShard shard : Inputs.resolve(List.of(dir.resolve("p/kept").toString()), 1000)) {
      try (DocumentReader r = Readers.open(shard, ReaderOptions.DEFAULTS, ReadFailures.ignoring())) {
        r.forEach(again::add);
      }
    }
    assertThat(again).hasSize((int) jsonl.values().stream().filter(v -> v.startsWith("kept")).count());
    Document d = again.get(0);
    assertThat(jsonl.get(d.id())).isEqualTo("kept " + d.text() + " "
        + DocumentJson.mapper().readTree(DocumentJson.toJson(d)).get("metadata"));
  }
}
