package dev.saring.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.exec.LocalExecutor;
import dev.saring.exec.ProgressMode;
import dev.saring.exec.RunResult;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.PipelineConfig;
import dev.saring.pipeline.StepRegistry;
import dev.saring.testing.OutputFiles;
import dev.saring.testing.Prose;
import java.io.IOException;
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

/** Exact and MinHash dedup through the local executor: who is kept, who goes, and the same on every run. */
class DedupStepTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static String doc(String id, String text) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "text", text, "language", "ind_Latn"));
  }

  private RunResult run(String steps, Path in, Path out, int workers) throws IOException {
    String yaml = "name: dedup\nwriter: {compression: none}\nsteps:\n" + steps;
    Pipeline p = Pipeline.of(PipelineConfig.parse(yaml, "test"), StepRegistry.standard());
    return new LocalExecutor(new LocalExecutor.Settings(workers, false, ProgressMode.NONE, System.err,
        Duration.ofSeconds(60))).run(p, List.of(in.toString()), out);
  }

  private static Map<String, JsonNode> docs(Path out, String folder) throws IOException {
    Map<String, JsonNode> docs = new TreeMap<>();
    Path root = out.resolve(folder);
    if (!Files.exists(root)) {
      return docs;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = JSON.readTree(line);
          docs.put(n.get("id").asText(), n);
        }
      }
    }
    return docs;
  }

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String base = Prose.INDONESIAN;
    String[] paras = base.split("\n\n");
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    a.add(doc("orig", base));
    a.add(doc("spaced", base.toUpperCase().replace(" ", "   ")));           // exact after normalization
    b.add(doc("footer", base + "\n\nBaca juga berita lainnya di situs kami."));  // near: one line added
    b.add(doc("cut", paras[0] + "\n\n" + paras[1] + "\n\n" + paras[2]));        // near: last paragraph gone
    b.add(doc("edited", base.replace("bulan depan", "tahun depan").replace("sembilan", "sepuluh")));
    a.add(doc("other", Prose.ENGLISH));
    b.add(doc("other2", "Harga cabai di pasar induk naik tajam setelah banjir merendam ribuan hektare sawah di "
        + "tiga kabupaten, sementara pedagang mengeluhkan pasokan yang terus berkurang sejak awal bulan."));
    Files.write(in.resolve("a.jsonl"), a);
    Files.write(in.resolve("b.jsonl"), b);
    return in;
  }

  @Test
  void exact_keepsOnePerNormalizedText_andSaysWhichOneWasKept() throws Exception {
    Path out = dir.resolve("out");
    RunResult r = run("  - exact_dedup: {}\n", corpus(), out, 2);
    assertThat(r.stats().balanced()).isTrue();
    Map<String, JsonNode> kept = docs(out, "kept");
    Map<String, JsonNode> removed = docs(out, "removed");
    assertThat(removed).hasSize(1);
    String gone = removed.keySet().iterator().next();
    String stays = gone.equals("orig") ? "spaced" : "orig";
    assertThat(gone).isIn("orig", "spaced");
    JsonNode meta = removed.get(gone).get("metadata");
    assertThat(meta.get("removed_reason").asText()).isEqualTo("duplicate");
    assertThat(meta.get("duplicate_of").asText()).isEqualTo(stays);
    assertThat(meta.get("duplicate_cluster_size").asInt()).isEqualTo(2);
    assertThat(kept.get(stays).get("metadata").get("duplicate_cluster_size").asInt()).isEqualTo(2);
    assertThat(kept.get("other").get("metadata").get("duplicate_cluster_size").asInt()).isEqualTo(1);
    assertThat(kept).containsKeys("footer", "cut", "edited", "other", "other2");
  }

  @Test
  void minhash_joinsNearCopies_keepsUnrelatedText_andIsTheSameWithOneOrTwoWorkers() throws Exception {
    Path in = corpus();
    Path two = dir.resolve("two");
    Path one = dir.resolve("one");
    run("  - minhash_dedup: {}\n", in, two, 2);
    run("  - minhash_dedup: {}\n", in, one, 1);
    OutputFiles.assertIdentical(one, two);
    // A second run into the same folder resumes (the stored run definition, seed included, matches).
    assertThat(run("  - minhash_dedup: {}\n", in, two, 2).resumedShards()).isEqualTo(2);
    Map<String, JsonNode> kept = docs(two, "kept");
    Map<String, JsonNode> removed = docs(two, "removed");
    // orig, spaced, footer, edited are near-identical (Jaccard >= 0.8); cut keeps 3 of 4 paragraphs.
    assertThat(kept).containsKeys("other", "other2");
    List<String> cluster = new ArrayList<>(List.of("orig", "spaced", "footer", "edited"));
    assertThat(cluster.stream().filter(kept::containsKey)).hasSize(1);
    String keeper = cluster.stream().filter(kept::containsKey).findFirst().orElseThrow();
    for (String id : cluster) {
      if (!id.equals(keeper)) {
        assertThat(removed.get(id).get("metadata").get("duplicate_of").asText()).isEqualTo(keeper);
      }
    }
    assertThat(kept.get(keeper).get("metadata").get("duplicate_cluster_size").asInt()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void verification_joinsOnlyPairsAtTheExactJaccardAsked() throws Exception {
    Path out = dir.resolve("out");
    // orig and spaced have the same shingles once normalized (J = 1); the others differ a little.
    run("  - minhash_dedup: {verify_jaccard: 1.0}\n", corpus(), out, 2);
    Map<String, JsonNode> removed = docs(out, "removed");
    assertThat(removed).hasSize(1);
    assertThat(removed.keySet().iterator().next()).isIn("orig", "spaced");
    assertThat(docs(out, "kept")).containsKeys("footer", "cut", "edited");
    try (Stream<Path> files = Files.walk(out.resolve(".saring/work/census"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".shingles"))).hasSize(2);
    }
  }

  @Test
  void keepLongest_keepsTheLongestOfACluster() throws Exception {
    Path out = dir.resolve("out");
    run("  - minhash_dedup: {keep: longest}\n", corpus(), out, 2);
    Map<String, JsonNode> kept = docs(out, "kept");
    // "spaced" is the longest text of the cluster (every space tripled).
    assertThat(kept).containsKey("spaced").doesNotContainKeys("orig", "edited", "footer");
  }

  @Test
  void lineDedup_removesLinesSeenInOtherDocuments_andDropsWhatIsLeftTooShort() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] en = Prose.ENGLISH.split("\n\n");
    String[] id = Prose.INDONESIAN.split("\n\n");
    String shared = "Subscribe to our newsletter for the 3 most important stories of the day!";
    Files.write(in.resolve("a.jsonl"), List.of(
        doc("d1", String.join("\n", en[0], en[1], shared.replace("3", "5"))),
        doc("d2", String.join("\n", id[0], id[1], id[2], shared)),
        doc("d3", String.join("\n", en[2], en[3], "Subscribe to our newsletter for the 7 most important stories of the day!")),
        doc("d4", String.join("\n", shared, en[0]))));
    Path out = dir.resolve("out");
    run("  - line_dedup: {max_repeats: 1, min_words: 20}\n", in, out, 1);
    Map<String, JsonNode> kept = docs(out, "kept");
    Map<String, JsonNode> removed = docs(out, "removed");
    // The newsletter line (digits normalized) is in 4 documents; en[0] is in 2: both go everywhere.
    assertThat(kept).containsKeys("d1", "d2", "d3");
    assertThat(kept.values()).allSatisfy(d -> assertThat(d.get("text").asText()).doesNotContain("newsletter"));
    assertThat(kept.get("d1").get("text").asText()).isEqualTo(en[1]);
    assertThat(kept.get("d2").get("metadata").get("lines_removed").get(0).get("reason").asText())
        .isEqualTo("duplicate_line");
    assertThat(removed.get("d4").get("metadata").get("removed_reason").asText()).isEqualTo("too_short_after_dedup");
  }

  @Test
  void spilledCensusAndMembers_giveTheClustersOfOneInMemoryRun() throws Exception {
    // 2,400 documents in 800 groups of three: with run_records 1000 the census writes many runs per band
    // and the conclusion spills its candidate documents in several runs before merging them.
    Path in = Files.createDirectories(dir.resolve("many"));
    String[] words = Prose.INDONESIAN.split("\\s+");
    for (int shard = 0; shard < 2; shard++) {
      List<String> lines = new ArrayList<>();
      for (int g = shard; g < 800; g += 2) {
        String text = words[g % words.length] + " kelompok " + g + " " + Prose.INDONESIAN.substring(0, 200 + g % 50);
        for (int copy = 0; copy < 3; copy++) {
          lines.add(doc("g" + g + "c" + copy, text));
        }
      }
      Files.write(in.resolve("p" + shard + ".jsonl"), lines);
    }
    Path spilled = dir.resolve("spilled");
    run("  - exact_dedup: {run_records: 1000}\n", in, spilled, 2);
    Path whole = dir.resolve("whole");
    run("  - exact_dedup: {}\n", in, whole, 1);
    Map<String, JsonNode> removed = docs(spilled, "removed");
    assertThat(removed).hasSize(1600);
    assertThat(docs(spilled, "kept")).hasSize(800).containsOnlyKeys(docs(whole, "kept").keySet());
    for (Map.Entry<String, JsonNode> e : docs(whole, "removed").entrySet()) {
      String keeper = removed.get(e.getKey()).get("metadata").get("duplicate_of").asText();
      assertThat(keeper).isEqualTo(e.getValue().get("metadata").get("duplicate_of").asText());
      assertThat(keeper.substring(0, keeper.indexOf('c'))).isEqualTo(e.getKey().substring(0, e.getKey().indexOf('c')));
    }
  }

  @Test
  void unionFindBeyondItsLimit_movesToDisk_andGivesTheSameClusters() throws Exception {
    // 6,300 documents in 2,100 groups of three: with run_records 1000 the union-find may hold 4,000
    // documents, so the conclusion finishes its components on disk (large-star/small-star rounds).
    Path in = Files.createDirectories(dir.resolve("big"));
    for (int shard = 0; shard < 3; shard++) {
      List<String> lines = new ArrayList<>();
      for (int g = shard; g < 2100; g += 3) {
        for (int copy = 0; copy < 3; copy++) {
          lines.add(doc("g" + g + "c" + copy, "kelompok " + g + " " + Prose.INDONESIAN.substring(0, 120 + g % 80)));
        }
      }
      Files.write(in.resolve("p" + shard + ".jsonl"), lines);
    }
    Path onDisk = dir.resolve("on-disk");
    run("  - exact_dedup: {run_records: 1000, keep: longest}\n", in, onDisk, 2);
    Path inMemory = dir.resolve("in-memory");
    run("  - exact_dedup: {keep: longest}\n", in, inMemory, 1);
    assertThat(docs(onDisk, "removed")).hasSize(4200);
    assertThat(docs(onDisk, "kept")).isEqualTo(docs(inMemory, "kept"));
    assertThat(docs(onDisk, "removed")).isEqualTo(docs(inMemory, "removed"));
  }

  @Test
  void externalComponents_equalUnionFind_onChainsStarsAndRandomGraphs() throws Exception {
    Path work = Files.createDirectories(dir.resolve("cc"));
    java.util.SplittableRandom r = new java.util.SplittableRandom(9);
    List<long[]> edges = new ArrayList<>();
    for (long i = 100; i < 400; i++) {
      edges.add(new long[] {i + 1, i});                    // a chain, diameter 300
    }
    for (long i = 1001; i < 1500; i++) {
      edges.add(new long[] {1000, i});                     // a star
    }
    for (int i = 0; i < 4000; i++) {
      edges.add(new long[] {5000 + r.nextInt(6000), 5000 + r.nextInt(6000)}); // random, self loops too
    }
    edges.add(new long[] {Long.MIN_VALUE + 1, Long.MAX_VALUE});
    RunSpill spill = new RunSpill(work, "e", ExternalComponents.EDGES, 1000);
    it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap parent = new it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap();
    java.util.TreeSet<Long> nodes = new java.util.TreeSet<>();
    for (long[] e : edges) {
      if (e[0] != e[1]) {
        spill.add(e[0], e[1], 0, "");
        spill.add(e[1], e[0], 0, "");
        nodes.add(e[0]);
        nodes.add(e[1]);
        long a = find(parent, e[0]);
        long b = find(parent, e[1]);
        if (a != b) {
          parent.put(Math.max(a, b), Math.min(a, b));
        }
      }
    }
    List<Path> labels = ExternalComponents.labels(spill.finish(), work, 1000);
    try (ExternalComponents.Lookup lookup = new ExternalComponents.Lookup(labels)) {
      for (long node : nodes) {
        assertThat(lookup.root(node)).as("node %d", node).isEqualTo(find(parent, node));
      }
    }
  }

  private static long find(it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap parent, long x) {
    while (parent.containsKey(x)) {
      x = parent.get(x);
    }
    return x;
  }

  @Test
  void conclusion_ignoresWhatAKilledConclusionLeftBehind() throws Exception {
    Path d = Files.createDirectories(dir.resolve("c"));
    RecordRuns.write(d.resolve("s-0-band0.run"), DedupStep.CENSUS, List.of(new RecordRuns.Entry(1, 2, 3, "x"),
        new RecordRuns.Entry(1, 5, 6, "y")));
    Path left = Files.createDirectories(d.resolve("conclusion"));
    RecordRuns.write(left.resolve("band0-0.members"), DedupStep.MEMBERS, List.of(new RecordRuns.Entry(9, 9, 0, "z")));
    Files.writeString(left.resolve("band0-1.members.tmp"), "half a file");
    new ExactDedupStep(ExactDedupStep.Options.DEFAULTS, dev.saring.step.StepContext.standalone()).conclude(d);
    assertThat(ClusterTable.read(d.resolve("clusters.result"), DedupStep.RESULT).get(2))
        .isEqualTo(new ClusterTable.Member(2, 2, true, "x"));
    assertThat(ClusterTable.read(d.resolve("clusters.result"), DedupStep.RESULT).get(9)).isNull();
    assertThat(left).doesNotExist();
  }

  @Test
  void damagedIntermediateFiles_areErrorsNamingThem() throws Exception {
    Path d = Files.createDirectories(dir.resolve("c"));
    RecordRuns.write(d.resolve("s-0.run"), DedupStep.CENSUS, List.of(new RecordRuns.Entry(1, 2, 3, "x"),
        new RecordRuns.Entry(4, 5, 6, "y")));
    byte[] good = Files.readAllBytes(d.resolve("s-0.run"));
    ExactDedupStep step = new ExactDedupStep(ExactDedupStep.Options.DEFAULTS, dev.saring.step.StepContext.standalone());

    Files.write(d.resolve("s-0.run"), java.util.Arrays.copyOf(good, good.length - 3));
    assertThatThrownBy(() -> step.conclude(d)).isInstanceOf(IOException.class).hasMessageContaining("s-0.run");
    byte[] flipped = good.clone();
    flipped[30] ^= 4;
    Files.write(d.resolve("s-0.run"), flipped);
    assertThatThrownBy(() -> step.conclude(d)).isInstanceOf(IOException.class).hasMessageContaining("checksum");
    RecordRuns.write(d.resolve("s-0.run"), DedupStep.RESULT, List.of());
    assertThatThrownBy(() -> step.conclude(d)).isInstanceOf(IOException.class).hasMessageContaining("mixed");
    Files.writeString(d.resolve("s-0.run"), "garbage that is not a dedup file");
    assertThatThrownBy(() -> step.conclude(d)).isInstanceOf(IOException.class).hasMessageContaining("bad header");
    // Two files glued together: the first file's trailer sits among records.
    byte[] glued = java.util.Arrays.copyOf(good, good.length * 2);
    System.arraycopy(good, 0, glued, good.length, good.length);
    Files.write(d.resolve("s-0.run"), glued);
    assertThatThrownBy(() -> step.conclude(d)).isInstanceOf(IOException.class).hasMessageContaining("s-0.run");
  }

  @Test
  void minhash_sketchCheck_dropsAPairThatOnlySharesABand_andKeepsJoiningNearCopies() throws Exception {
    String[] paras = Prose.INDONESIAN.split("\n\n");
    String first = paras[0] + "\n\n" + paras[1];
    String overlapping = paras[1] + "\n\n" + paras[2];
    MinHasher h = new MinHasher(5, 20, 1, 1);
    double j = MinHasher.jaccard(h.shingles(first, "ind_Latn"), h.shingles(overlapping, "ind_Latn"));
    assertThat(j).as("exact Jaccard of the overlapping pair").isBetween(0.2, 0.45);
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.jsonl"), List.of(doc("first", first), doc("overlapping", overlapping),
        doc("copy", first.replace("sebuah", "suatu"))));
    // One row per band makes a band a single minimum: a pair at 0.3 shares one of 20 almost surely.
    Path plain = dir.resolve("plain");
    run("  - minhash_dedup: {bands: 20, rows: 1, sketch_jaccard: 0}\n", in, plain, 1);
    assertThat(docs(plain, "removed")).containsOnlyKeys("overlapping", "copy");
    Path checked = dir.resolve("checked");
    run("  - minhash_dedup: {bands: 20, rows: 1}\n", in, checked, 1);
    assertThat(docs(checked, "removed")).containsOnlyKeys("copy");
    assertThat(docs(checked, "removed").get("copy").get("metadata").get("duplicate_of").asText()).isEqualTo("first");
    assertThat(docs(checked, "kept")).containsKeys("first", "overlapping");
  }

  @Test
  void minHasher_signatureAgreementTracksJaccard() {
    MinHasher h = new MinHasher(5, 14, 8, 1);
    String a = Prose.ENGLISH;
    String b = Prose.ENGLISH.replace("Tuesday", "Monday").replace("nine", "ten");
    double exact = MinHasher.jaccard(h.shingles(a, "eng_Latn"), h.shingles(b, "eng_Latn"));
    long[] sa = h.signature(h.shingleHashes(a, "eng_Latn"));
    long[] sb = h.signature(h.shingleHashes(b, "eng_Latn"));
    int same = 0;
    for (int i = 0; i < sa.length; i++) {
      same += sa[i] == sb[i] ? 1 : 0;
    }
    assertThat(exact).isBetween(0.6, 0.95);
    assertThat((double) same / sa.length).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
    assertThat(h.signature(h.shingleHashes("!!! ... ???", "eng_Latn"))).isNull();
    assertThat(h.bucketKeys("!!! ... ???", "eng_Latn")).isEmpty();
    // Repeated shingles change no minimum: the signature of the raw hashes is that of the set.
    long[] set = h.shingles(a, "eng_Latn");
    long[] twice = java.util.stream.LongStream.concat(java.util.Arrays.stream(set), java.util.Arrays.stream(set)).toArray();
    assertThat(h.signature(twice)).isEqualTo(h.signature(set)).isEqualTo(h.signature(h.shingleHashes(a, "eng_Latn")));
  }

  @Test
  void minHasher_normalizesCaseDigitsPunctuationAndDiacriticsOnTheFly() {
    MinHasher h = new MinHasher(2, 14, 8, 1);
    assertThat(h.shingles("Café au lait, 2024 — déjà vu!", "fra_Latn"))
        .isEqualTo(h.shingles("cafe AU LAIT 1999 deja   vu", "fra_Latn"));
    assertThat(h.shingles("café au lait", "fra_Latn")).isNotEqualTo(h.shingles("cafe au laid", "fra_Latn"));
    // The fast path over raw text gives what the general path gives over the normalized copy, outside ASCII too.
    String mixed = "Ünïcödé İstanbul ΣΟΦΊΑ 𝔘𝔫𝔦 emoji 😀 x² Ⅻ tab\tnbsp\u00a0end Đà Nẵng ﬁne";
    assertThat(h.shingles(mixed, "eng_Latn")).isEqualTo(h.shingles(MinHasher.normalize(mixed), "eng_Latn"));
    assertThat(MinHasher.normalize("Đà Nẵng 42!")).isEqualTo("đa nang 00 ");
  }
}
