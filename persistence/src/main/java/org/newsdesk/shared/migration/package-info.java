/** Applies the Flyway migrations while Hibernate boots, before anything uses JPA. */
package org.newsdesk.shared.migration;
