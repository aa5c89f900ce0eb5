/** End-to-end tests against the packaged newsdesk.ear on a managed Payara Server: HTTP API as a client, screens in a browser. */
package org.newsdesk.it;
