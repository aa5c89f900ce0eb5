/** The audit ledger's boundary: appending events in the caller's transaction, searching and verifying them. */
package org.newsdesk.audit.boundary;
