/** /api/audit: searching, exporting and verifying the audit ledger. */
package org.newsdesk.audit.rest;
