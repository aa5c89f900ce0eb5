package org.newsdesk.account.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private static Account owner() {
        return new Account("anna", "Anna Berger", "hash", List.of(Role.REPORTER), T0);
    }

    @Test
    void aTokenOpensUntilItExpiresIsRevokedOrItsOwnerIsDisabled() {
        Account anna = owner();
        ApiToken token = new ApiToken(anna, "CMS import", "abcd1234", "f".repeat(64), T0, T0.plusSeconds(3600));
        assertTrue(token.opensAt(T0.plusSeconds(10)));
        assertFalse(token.opensAt(T0.plusSeconds(3600)), "expired");
        ApiToken forever = new ApiToken(anna, "forever", "abcd1235", "f".repeat(64), T0, null);
        assertTrue(forever.opensAt(T0.plusSeconds(400_000_000)));
        assertTrue(forever.revoke(T0.plusSeconds(5)));
        assertFalse(forever.revoke(T0.plusSeconds(6)), "revoked once");
        assertFalse(forever.opensAt(T0.plusSeconds(7)));
        anna.disable();
        assertFalse(token.opensAt(T0.plusSeconds(10)), "a disabled owner's tokens open nothing");
    }

    @Test
    void useIsNotedAtMostOncePerMinute() {
        ApiToken token = new ApiToken(owner(), "script", "abcd1234", "f".repeat(64), T0, null);
        assertTrue(token.usedAt(T0));
        assertFalse(token.usedAt(T0.plusSeconds(59)));
        assertTrue(token.usedAt(T0.plusSeconds(60)));
        assertEquals(T0.plusSeconds(60), token.getLastUsedAt());
    }
}
