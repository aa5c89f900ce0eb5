/** Fact-checking logic without a database: anchoring claims in changing text, check-worthiness hints. */
package org.newsdesk.factcheck.control;
