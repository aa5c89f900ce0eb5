/** The fact-check screen: the story text with claims highlighted by verdict, marking, rating and discussing. */
package org.newsdesk.factcheck.view;
