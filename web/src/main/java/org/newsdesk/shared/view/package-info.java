/** What every screen shares: the user's language, the current user, logout, and error messages. */
package org.newsdesk.shared.view;
