package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSecretsTest {

    @Test
    void aGeneratedTokenParsesBackIntoItsParts() {
        TokenSecrets.Parts parts = TokenSecrets.generate();
        String token = parts.token();
        assertTrue(token.matches("nd_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}"), token);
        assertEquals(parts, TokenSecrets.parse(token).orElseThrow());
    }

    @Test
    void tokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(TokenSecrets.generate().token()));
        }
    }

    @Test
    void anythingElseIsRefusedBeforeTheDatabaseIsAsked() {
        for (String presented : new String[] {null, "", "nd_", "nd_abc_def", "xx_AAAAAAAAAAAA_" + "B".repeat(32),
                "nd_AAAAAAAAAAAA_" + "B".repeat(31) + "'", "nd_AAAAAAAAAAAA_" + "B".repeat(33),
                "nd_AAAAAAAAAAAA_" + "B".repeat(31) + "ß", "x".repeat(1_000_000)}) {
            assertTrue(TokenSecrets.parse(presented).isEmpty(), String.valueOf(presented).length() + "");
        }
    }

    @Test
    void onlyTheHashIsKeptAndComparedToTheSecret() {
        TokenSecrets.Parts parts = TokenSecrets.generate();
        String stored = TokenSecrets.hash(parts.secret());
        assertEquals(64, stored.length());
        assertFalse(stored.contains(parts.secret()));
        assertTrue(TokenSecrets.matches(parts.secret(), stored));
        assertFalse(TokenSecrets.matches(TokenSecrets.generate().secret(), stored));
    }
}
