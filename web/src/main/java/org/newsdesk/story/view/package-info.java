/** The story screens: the list with filters and import, the editor, and the history with compare and restore. */
package org.newsdesk.story.view;
