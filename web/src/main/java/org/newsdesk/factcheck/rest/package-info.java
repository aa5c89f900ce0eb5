/** The claims API: marking, rating, resolving and discussing claims, and check-worthiness hints. */
package org.newsdesk.factcheck.rest;
