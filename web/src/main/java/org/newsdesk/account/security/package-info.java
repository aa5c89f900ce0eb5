/** Login: one authentication mechanism (form login for screens, HTTP Basic for /api) over one identity store. */
package org.newsdesk.account.security;
