/**
 * The load benchmark of docs/BENCHMARKS.md ({@code scripts/load-benchmark.sh}): Gatling drives a newsroom mix, the
 * saves and the baseline endpoint over HTTP against the running server; latencies go into HdrHistogram, measured
 * from the moment an operation was due, and the server's CPU, statements and WAL are read around every run.
 * Compiled only in the {@code load} profile.
 */
package org.newsdesk.load;
