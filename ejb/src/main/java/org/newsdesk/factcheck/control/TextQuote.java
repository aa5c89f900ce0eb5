package org.newsdesk.factcheck.control;

/** W3C TextQuoteSelector: the exact text plus up to 32 characters of context on each side. */
public record TextQuote(String exact, String prefix, String suffix) {
}
