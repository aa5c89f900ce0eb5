package org.newsdesk.audit.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-11-28T13:00:00.123456Z");
    private static final LedgerKey KEY = LedgerKey.of("a test key of at least thirty-two characters");
    private static final LedgerKey OTHER_KEY = LedgerKey.of("another key of at least thirty-two characters");

    private static AuditEvent first() {
        return new AuditEvent(null, AT, "admin", AuditAction.ACCOUNT_CREATED, null, "account", "anna",
                "{\"roles\":[\"EDITOR\"]}", KEY);
    }

    private static AuditEvent after(AuditEvent previous, String actor, AuditAction action) {
        return new AuditEvent(previous, AT, actor, action, null, null, null, "{}", KEY);
    }

    @Test
    void theHashIsStableForTheSameContentAndKey() {
        assertEquals(first().getHash(), first().getHash());
        assertEquals(64, first().getHash().length());
        assertTrue(first().link().hasIntactHash(KEY.hasher()));
    }

    @Test
    void anotherKeyGivesAnotherChain() {
        assertFalse(first().link().hasIntactHash(OTHER_KEY.hasher()));
        AuditEvent same = new AuditEvent(null, AT, "admin", AuditAction.ACCOUNT_CREATED, null, "account", "anna",
                "{\"roles\":[\"EDITOR\"]}", OTHER_KEY);
        assertNotEquals(first().getHash(), same.getHash());
    }

    @Test
    void eachEventLinksToItsPredecessor() {
        AuditEvent first = first();
        AuditEvent second = after(first, "admin", AuditAction.ACCOUNT_DISABLED);
        assertEquals(1, first.getSeq());
        assertEquals(2, second.getSeq());
        assertEquals(first.getHash(), second.getPrevHash());
        assertTrue(first.link().follows(null));
        assertTrue(second.link().follows(first.link()));
        assertFalse(second.link().follows(null));
        AuditEvent forked = after(first, "admin", AuditAction.ACCOUNT_LOGIN);
        assertFalse(forked.link().follows(second.link()));
    }

    @Test
    void fieldsCannotShiftIntoEachOther() {
        ChainLink a = new ChainLink(1, AT, "ab", "c", null, null, null, "{}", AuditEvent.GENESIS_HASH, "", 2);
        ChainLink b = new ChainLink(1, AT, "a", "bc", null, null, null, "{}", AuditEvent.GENESIS_HASH, "", 2);
        ChainLink nullVersusEmpty = new ChainLink(1, AT, "ab", "c", "", null, null, "{}", AuditEvent.GENESIS_HASH,
                "", 2);
        assertNotEquals(a.expectedHash(KEY.hasher()), b.expectedHash(KEY.hasher()));
        assertNotEquals(a.expectedHash(KEY.hasher()), nullVersusEmpty.expectedHash(KEY.hasher()));
    }

    @Test
    void legacyEventsAreCheckedWithoutTheKeyAndUnknownVersionsNever() {
        ChainLink legacy = new ChainLink(1, AT, "admin", "account.login", null, null, null, "{}",
                AuditEvent.GENESIS_HASH, "", ChainLink.LEGACY);
        assertEquals(legacy.expectedHash(KEY.hasher()), legacy.expectedHash(OTHER_KEY.hasher()));
        ChainLink unknown = new ChainLink(1, AT, "admin", "account.login", null, null, null, "{}",
                AuditEvent.GENESIS_HASH, "unknown chain version 7", 7);
        assertFalse(unknown.expectedHash(KEY.hasher()).matches("[0-9a-f]{64}"));
    }

    @Test
    void anAlteredFieldIsDetected() throws Exception {
        AuditEvent event = first();
        Field details = AuditEvent.class.getDeclaredField("details");
        details.setAccessible(true);
        details.set(event, "{\"roles\":[\"ADMIN\"]}");
        assertFalse(event.link().hasIntactHash(KEY.hasher()));
    }

    @Test
    void timesAreKeptToTheMillisecondAndNeverRunBackwards() {
        AuditEvent first = first();
        assertEquals(Instant.parse("2026-11-28T13:00:00.123Z"), first.getAt());
        AuditEvent clockStepBack = new AuditEvent(first, AT.minusSeconds(5), "admin", AuditAction.ACCOUNT_LOGIN,
                null, null, null, "{}", KEY);
        assertEquals(first.getAt(), clockStepBack.getAt());
        AuditEvent later = new AuditEvent(first, AT.plusSeconds(5), "admin", AuditAction.ACCOUNT_LOGIN,
                null, null, null, "{}", KEY);
        assertEquals(Instant.parse("2026-11-28T13:00:05.123Z"), later.getAt());
    }

    @Test
    void aShortOrMissingKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LedgerKey.of(null));
        assertThrows(IllegalArgumentException.class, () -> LedgerKey.of("too short"));
        assertNotEquals(KEY.derive("login-name").sign("anna"), KEY.sign("anna"));
        assertEquals(KEY.derive("login-name").sign("anna"), KEY.derive("login-name").sign("anna"));
    }
}
