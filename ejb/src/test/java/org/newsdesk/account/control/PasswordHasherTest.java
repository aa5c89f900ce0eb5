package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void storesPbkdf2Sha256WithAtLeast600000Iterations() {
        String stored = new PasswordHasher().hash("correct horse battery");
        String[] parts = stored.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000);
        assertFalse(stored.contains("correct horse battery"));
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHasher hasher = new PasswordHasher(1000);
        String stored = hasher.hash("Grüße aus Köln «»");
        assertTrue(hasher.verify("Grüße aus Köln «»", stored));
        assertFalse(hasher.verify("Grusse aus Koln", stored));
        assertFalse(hasher.verify("Grüße aus Köln «»", "garbage"));
        assertFalse(hasher.verify("Grüße aus Köln «»", null));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        PasswordHasher hasher = new PasswordHasher(1000);
        assertNotEquals(hasher.hash("twelve chars!"), hasher.hash("twelve chars!"));
    }

    @Test
    void verifiedCredentialsExpireAndDependOnTheStoredHash() {
        VerifiedCredentials cache = new VerifiedCredentials();
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        cache.remember("anna", "secret password", "hash-1", now);
        assertTrue(cache.contains("anna", "secret password", "hash-1", now.plusSeconds(60)));
        assertFalse(cache.contains("anna", "other password", "hash-1", now.plusSeconds(60)));
        assertFalse(cache.contains("anna", "secret password", "hash-2", now.plusSeconds(60)));
        assertFalse(cache.contains("anna", "secret password", "hash-1", now.plus(VerifiedCredentials.TTL)));
    }
}
