/**
 * Facts about an HTTP request that a reverse proxy may change: the client's address, whether the browser used
 * TLS, and the host it asked for. Forwarded headers count only when the request comes from a configured proxy.
 */
package org.newsdesk.shared.http;
