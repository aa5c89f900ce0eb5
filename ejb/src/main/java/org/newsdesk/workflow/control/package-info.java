/**
 * Workflow rules and publication output: the workflow definition's guards, the embargo schedule, and ninjs/Atom
 * documents of published stories.
 */
package org.newsdesk.workflow.control;
