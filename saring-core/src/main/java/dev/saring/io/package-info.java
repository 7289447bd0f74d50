/**
 * Reading crawls and writing corpora.
 *
 * <p>{@link dev.saring.io.Inputs} turns paths, folders and globs into {@link dev.saring.io.InputShard}s, the
 * unit of parallel work and of resume. {@link dev.saring.io.Readers} opens a shard as a
 * {@link dev.saring.io.DocumentReader}: WARC and WET through jwarc, JSONL through Jackson, loose text and
 * HTML files through {@link dev.saring.text.TextDecoder}. Readers never throw on bad data: a corrupt record,
 * a truncated gzip member or an over-long line is reported to a {@link dev.saring.io.ReadFailures} sink with
 * its file and offset, and reading goes on with the next good record where the format allows it.
 *
 * <p>{@link dev.saring.io.JsonlWriter} writes JSON lines through {@link dev.saring.io.Compression} to a
 * temporary file that only becomes visible, by an atomic rename, when committed.
 */
package dev.saring.io;
