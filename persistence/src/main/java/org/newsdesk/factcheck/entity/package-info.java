/** Claims marked in stories, their anchors in the current text, verdicts with sources, resolutions and comments. */
package org.newsdesk.factcheck.entity;
