/**
 * Benchmarks: end-to-end harnesses that print throughput (MB/s and docs/s per core), peak memory and the
 * ratio to peers or to the I/O limit measured in the same run, plus JMH micro-benchmarks. They read
 * {@code ../shared/data} when present and make synthetic inputs otherwise. Never part of the test run.
 *
 * <p>Run: {@code java -jar saring-bench/target/saring-bench.jar <name>}; {@code list} shows the names.
 */
package dev.saring.bench;
