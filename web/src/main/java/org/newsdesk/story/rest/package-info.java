/** /api/stories: stories, revisions, diffs, restore and import over HTTP, with ETag / If-Match. */
package org.newsdesk.story.rest;
