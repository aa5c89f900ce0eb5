/** The tamper-evident audit ledger: append-only events chained by SHA-256 hashes. */
package org.newsdesk.audit.entity;
