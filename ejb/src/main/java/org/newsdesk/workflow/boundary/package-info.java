/** The editorial workflow's services: actions on stories, approvals, scheduled publication, assignments, notifications. */
package org.newsdesk.workflow.boundary;
