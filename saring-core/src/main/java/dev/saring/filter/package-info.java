/**
 * Quality filters and cleaners: steps that drop documents for a named reason, or remove lines and record
 * them.
 *
 * <p>The published recipes are implemented as datatrove does, threshold for threshold: Gopher quality and
 * repetition (Rae et al. 2021), C4 (Raffel et al. 2020) and FineWeb (Penedo et al. 2024). Thresholds
 * left unset in a step's options come from the language's entry in {@link dev.saring.text.LanguageTable}
 * (FineWeb-2's per-language values), so one pipeline serves a multilingual crawl. Words are counted once per
 * document through {@link dev.saring.text.TextAnalysis}.
 *
 * <p>Steps that remove lines instead of documents record each line in {@code metadata.lines_removed}
 * with the step and reason ({@link dev.saring.step.RemovedLines}).
 */
package dev.saring.filter;
