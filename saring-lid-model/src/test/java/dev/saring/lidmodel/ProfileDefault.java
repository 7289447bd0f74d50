package dev.saring.lidmodel;

import dev.saring.lang.ngram.NgramLanguageIdentifier;
import dev.saring.lang.ngram.NgramModel;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Ad-hoc: repeated timing of identify() for profiling. */
public final class ProfileDefault {
  public static void main(String[] a) throws Exception {
    NgramModel model;
    try (InputStream in = new BufferedInputStream(ProfileDefault.class.getResourceAsStream("/dev/saring/lang/ngram/default.ngm"), 1 << 20)) {
      model = NgramModel.read(in, "default.ngm");
    }
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("/work/shared/data/lid/lingua-sentences"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    java.util.Collections.shuffle(texts, new java.util.Random(1));
    NgramLanguageIdentifier id = new NgramLanguageIdentifier(model);
    for (int rep = 0; rep < Integer.parseInt(a[0]); rep++) {
      long t0 = System.nanoTime();
      long chars = 0;
      for (String t : texts) {
        chars += id.identify(t, 1).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%.0f sentences/s (%d)%n", texts.size() / s, chars);
    }
  }
}
