/** Workflow screens: the editor's workflow panel, My desk, the board and the notification centre. */
package org.newsdesk.workflow.view;
