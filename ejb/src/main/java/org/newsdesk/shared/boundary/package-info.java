/** What every boundary shares: the business exceptions, paging, and configuration. */
package org.newsdesk.shared.boundary;
