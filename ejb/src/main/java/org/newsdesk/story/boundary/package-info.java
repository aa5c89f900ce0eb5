/** Stories and revisions: create, save (never overwriting silently), history, diff, restore, import, list. */
package org.newsdesk.story.boundary;
