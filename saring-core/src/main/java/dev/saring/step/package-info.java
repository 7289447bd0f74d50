/**
 * The step API: a {@link dev.saring.step.Step} looks at one document and returns a
 * {@link dev.saring.step.Verdict}: keep it (possibly changed), drop it with a reason, or fail it.
 *
 * <p>A step decides; it never counts, routes or writes. The runner counts every verdict under
 * {@code step:reason}, writes dropped documents with their reason and keeps going after a failure.
 * Steps are built once per worker thread from their options, so they may keep per-thread scratch state;
 * anything heavy and shared (a language model) comes from the {@link dev.saring.step.StepContext}.
 *
 * <p>This package sits below {@code pipeline} so that steps in {@code filter}, {@code lang},
 * {@code extract} and {@code dedup} can implement it while the pipeline's registry names them,
 * without a package cycle.
 */
package dev.saring.step;
