package org.newsdesk.audit.entity;

import org.junit.jupiter.api.Test;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditActionTest {

    @Test
    void theCatalogueNamesEveryActionOnceIncludingEachWorkflowAction() {
        List<AuditAction> all = AuditAction.catalogue();
        assertEquals(all.size(), new HashSet<>(all).size());
        for (WorkflowAction action : WorkflowAction.values()) {
            assertTrue(all.contains(AuditAction.of(action)), action.name());
        }
        assertEquals("workflow.approve", AuditAction.of(WorkflowAction.APPROVE).name());
        assertTrue(all.contains(AuditAction.STORY_SAVED));
        assertEquals(25 + WorkflowAction.values().length, all.size());
    }

    @Test
    void namesAreLookedUpAndMalformedNamesRefused() {
        assertEquals(AuditAction.CLAIM_RATED, AuditAction.named("claim.rated").orElseThrow());
        assertFalse(AuditAction.named("claim.eaten").isPresent());
        assertFalse(AuditAction.named(null).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new AuditAction("DROP TABLE"));
        assertEquals("audit.action.story.saved", AuditAction.STORY_SAVED.labelKey());
        assertEquals("claim", AuditAction.CLAIM_RATED.component());
    }
}
