/**
 * Pipelines as data: a YAML file names steps from the {@link dev.saring.pipeline.StepRegistry} with their
 * options, and a preset is such a file shipped in the jar.
 *
 * <pre>
 * steps:
 *   - normalize: {}
 *   - gopher_quality: {min_words: 50}
 * </pre>
 *
 * <p>Every option has a default, so {@code - lid: {}} is valid. Options bind to each step's
 * {@code Options} record through {@link dev.saring.pipeline.OptionsBinder}; an unknown step or option is a
 * {@link dev.saring.pipeline.ConfigException} that names it and lists the valid ones. Binding happens once
 * when the file is loaded, so a typo fails before any input is read; steps are then built once per worker.
 */
package dev.saring.pipeline;
