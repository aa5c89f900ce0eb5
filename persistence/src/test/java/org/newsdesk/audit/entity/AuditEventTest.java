package org.newsdesk.audit.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-11-28T13:00:00.123456Z");

    private static AuditEvent first() {
        return new AuditEvent(1, AT, "admin", "account.created", null, "account", "anna", "{\"roles\":[\"EDITOR\"]}",
                AuditEvent.GENESIS_HASH);
    }

    @Test
    void theHashIsStableForTheSameContent() {
        assertEquals(first().getHash(), first().getHash());
        assertEquals(64, first().getHash().length());
        assertTrue(first().hasIntactHash());
    }

    @Test
    void eachEventLinksToItsPredecessor() {
        AuditEvent first = first();
        AuditEvent second = new AuditEvent(2, AT, "admin", "account.disabled", null, "account", "anna", "{}",
                first.getHash());
        assertTrue(first.follows(null));
        assertTrue(second.follows(first));
        assertFalse(second.follows(null));
        AuditEvent forked = new AuditEvent(3, AT, "admin", "account.disabled", null, "account", "anna", "{}",
                first.getHash());
        assertFalse(forked.follows(second));
    }

    @Test
    void fieldsCannotShiftIntoEachOther() {
        AuditEvent a = new AuditEvent(1, AT, "ab", "c", null, null, null, "{}", AuditEvent.GENESIS_HASH);
        AuditEvent b = new AuditEvent(1, AT, "a", "bc", null, null, null, "{}", AuditEvent.GENESIS_HASH);
        AuditEvent nullVersusEmpty = new AuditEvent(1, AT, "ab", "c", "", null, null, "{}", AuditEvent.GENESIS_HASH);
        assertNotEquals(a.getHash(), b.getHash());
        assertNotEquals(a.getHash(), nullVersusEmpty.getHash());
    }

    @Test
    void anAlteredFieldIsDetected() throws Exception {
        AuditEvent event = first();
        Field details = AuditEvent.class.getDeclaredField("details");
        details.setAccessible(true);
        details.set(event, "{\"roles\":[\"ADMIN\"]}");
        assertFalse(event.hasIntactHash());
    }

    @Test
    void timesAreKeptToTheMillisecondSoTheDatabaseRoundTripKeepsTheHash() {
        assertEquals(Instant.parse("2026-11-28T13:00:00.123Z"), first().getAt());
    }
}
