/**
 * The load benchmark's baseline: the least a save must do (one transaction, one insert of the body's bytes, a
 * durable commit), so that a save's throughput can be measured against it in the same run. Off unless the server
 * runs with {@code NEWSDESK_BENCHMARK=true}.
 */
package org.newsdesk.baseline.boundary;
