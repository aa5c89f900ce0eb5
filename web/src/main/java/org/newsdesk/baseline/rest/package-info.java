/** /api/baseline: the load benchmark's baseline endpoint, 404 unless the server runs with NEWSDESK_BENCHMARK=true. */
package org.newsdesk.baseline.rest;
