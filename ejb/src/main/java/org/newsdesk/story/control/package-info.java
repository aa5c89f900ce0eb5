/** Story logic without a database: sanitising and splitting the body, word diffs, importing agency copy. */
package org.newsdesk.story.control;
