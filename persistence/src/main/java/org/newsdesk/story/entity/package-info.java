/** Stories and their revisions: every save kept for ever, stored as shared content blocks so history stays small. */
package org.newsdesk.story.entity;
