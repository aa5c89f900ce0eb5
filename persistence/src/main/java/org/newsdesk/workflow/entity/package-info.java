/** The editorial workflow as data: story states and actions, workflow steps, approvals, assignments. */
package org.newsdesk.workflow.entity;
