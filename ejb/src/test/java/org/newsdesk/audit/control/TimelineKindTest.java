package org.newsdesk.audit.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.workflow.entity.WorkflowAction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class TimelineKindTest {

    @Test
    void everyCatalogueActionHasAKind() {
        AuditAction.catalogue().forEach(action -> assertNotNull(TimelineKind.of(action), action.name()));
        assertEquals(TimelineKind.REVISION, TimelineKind.of(AuditAction.STORY_RESTORED));
        assertEquals(TimelineKind.APPROVAL, TimelineKind.of(AuditAction.of(WorkflowAction.APPROVE)));
        assertEquals(TimelineKind.APPROVAL, TimelineKind.of(AuditAction.APPROVAL_VOIDED));
        assertEquals(TimelineKind.WORKFLOW, TimelineKind.of(AuditAction.of(WorkflowAction.SUBMIT)));
        assertEquals(TimelineKind.VERDICT, TimelineKind.of(AuditAction.CLAIM_RATED));
        assertEquals(TimelineKind.COMMENT, TimelineKind.of(AuditAction.CLAIM_COMMENTED));
        assertEquals(TimelineKind.ASSIGNMENT, TimelineKind.of(AuditAction.STORY_ASSIGNED));
        assertEquals("timeline.kind.recheck", TimelineKind.RECHECK.labelKey());
    }
}
