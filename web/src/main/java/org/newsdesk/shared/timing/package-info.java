/** How long the server worked on a request, told to the client (the Server-Timing header) for measurements. */
package org.newsdesk.shared.timing;
