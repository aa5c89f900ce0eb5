/** The workflow API: actions, approvals and history of a story; assignments; publication output; notifications. */
package org.newsdesk.workflow.rest;
