/** Fact-checking: marking claims, rating them with sources, resolutions, discussion, hints; claims follow edits. */
package org.newsdesk.factcheck.boundary;
