/** Benchmarks behind docs/BENCHMARKS.md: run with {@code mvn -B -Pbench verify}, never in the normal test run. */
package org.newsdesk.bench;
