package dev.saring.pipeline;

import dev.saring.dedup.ExactDedupStep;
import dev.saring.dedup.LineDedupStep;
import dev.saring.dedup.MinHashDedupStep;
import dev.saring.extract.ExtractStep;
import dev.saring.filter.C4QualityFilter;
import dev.saring.filter.FineWebQualityFilter;
import dev.saring.filter.GopherQualityFilter;
import dev.saring.filter.GopherRepetitionFilter;
import dev.saring.filter.LineCleaner;
import dev.saring.filter.PiiRedactor;
import dev.saring.lang.LanguageIdentifiers;
import dev.saring.lang.LidStep;
import dev.saring.spam.SiteBoilerplateStep;
import dev.saring.spam.SpamStep;
import dev.saring.spam.UrlFilter;
import dev.saring.text.FixEncodingStep;
import dev.saring.text.NormalizeStep;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain name-to-factory map of every step a pipeline can name. Adding a step means adding one line
 * to {@link #standard()}; there is no scanning and no reflection.
 */
public final class StepRegistry {
  private final Map<String, StepSpec<?>> specs = new LinkedHashMap<>();

  /** A registry holding saring's built-in steps. */
  public static StepRegistry standard() {
    StepRegistry r = new StepRegistry();
    r.put(new StepSpec<>("url_filter", "drops pages by block/allow lists and spam words in the URL; adds the registered domain",
        UrlFilter.Options.DEFAULTS, (o, c) -> c.shared("url_filter:" + o, () -> UrlFilter.of(o))));
    r.put(new StepSpec<>("extract_html", "main text of HTML pages (others pass through)",
        ExtractStep.Options.DEFAULTS, (o, c) -> new ExtractStep(o)));
    r.put(new StepSpec<>("normalize", "Unicode NFC, controls removed, whitespace and newlines normalized",
        NormalizeStep.Options.DEFAULTS, (o, c) -> new NormalizeStep(o)));
    r.put(new StepSpec<>("fix_encoding", "repairs mojibake (UTF-8 read as Latin-1/cp1252), conservatively",
        FixEncodingStep.Options.DEFAULTS, (o, c) -> new FixEncodingStep(o)));
    r.put(new StepSpec<>("lid", "language ID (built-in n-gram model or fastText), Indonesian/Malay disambiguation",
        LidStep.Options.DEFAULTS, (o, c) -> new LidStep(o, LanguageIdentifiers.create(o, c))));
    r.put(new StepSpec<>("clean_lines", "removes boilerplate and symbol-only lines, records each",
        LineCleaner.Options.DEFAULTS, (o, c) -> new LineCleaner(o)));
    r.put(new StepSpec<>("site_boilerplate", "removes lines that recur on many pages of one site (two passes: census, then filter)",
        SiteBoilerplateStep.Options.DEFAULTS, (o, c) -> new SiteBoilerplateStep(o, c)));
    r.put(new StepSpec<>("spam", "removes gambling/adult/pharma/SEO spam lines, drops spam documents; news about them stays",
        SpamStep.Options.DEFAULTS, (o, c) -> new SpamStep(o)));
    r.put(new StepSpec<>("gopher_repetition", "Gopher repetition rules (duplicate lines, paragraphs, n-grams)",
        GopherRepetitionFilter.Options.DEFAULTS, (o, c) -> new GopherRepetitionFilter(o)));
    r.put(new StepSpec<>("gopher_quality", "Gopher quality rules (word counts, lengths, symbols, stop words)",
        GopherQualityFilter.Options.DEFAULTS, (o, c) -> new GopherQualityFilter(o)));
    r.put(new StepSpec<>("c4", "C4 line cleaning and page rules (lorem ipsum, braces, sentences)",
        C4QualityFilter.Options.DEFAULTS, (o, c) -> new C4QualityFilter(o)));
    r.put(new StepSpec<>("fineweb", "FineWeb quality rules (line punctuation, short lines, duplicates, lists)",
        FineWebQualityFilter.Options.DEFAULTS, (o, c) -> new FineWebQualityFilter(o)));
    r.put(new StepSpec<>("exact_dedup", "keeps one document per equal normalized text (or URL); two passes",
        ExactDedupStep.Options.DEFAULTS, (o, c) -> new ExactDedupStep(o, c)));
    r.put(new StepSpec<>("line_dedup", "CCNet line dedup: removes lines found in many documents; two passes",
        LineDedupStep.Options.DEFAULTS, (o, c) -> new LineDedupStep(o, c)));
    r.put(new StepSpec<>("minhash_dedup", "near-duplicate removal with MinHash-LSH (14x8, word 5-grams); two passes",
        MinHashDedupStep.Options.DEFAULTS, (o, c) -> new MinHashDedupStep(o, c)));
    r.put(new StepSpec<>("pii", "replaces e-mails, public IPs and phone numbers with placeholders",
        PiiRedactor.Options.DEFAULTS, (o, c) -> new PiiRedactor(o)));
    return r;
  }

  /** Adds or replaces the step called {@code spec.name()}. */
  public StepRegistry put(StepSpec<?> spec) {
    specs.put(spec.name(), spec);
    return this;
  }

  /** The step called {@code name}; an unknown name is a {@link ConfigException} listing the valid ones. */
  public StepSpec<?> spec(String name) {
    StepSpec<?> spec = specs.get(name);
    if (spec == null) {
      throw new ConfigException("unknown step '" + name + "'" + NameSuggestion.hint(name, specs.keySet())
          + "; valid steps: " + String.join(", ", specs.keySet()));
    }
    return spec;
  }

  public Collection<StepSpec<?>> all() {
    return Collections.unmodifiableCollection(specs.values());
  }
}
