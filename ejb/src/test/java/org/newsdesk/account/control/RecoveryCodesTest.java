package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesInGroupsOfFive() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-9#]{5}-[a-z2-9#]{5}"), code));
    }

    @Test
    void typedCodesAreComparedInOneForm() {
        assertEquals("abcdefghjk", RecoveryCodes.normal(" ABCDE-fghjk "));
        assertEquals("abcdefghjk", RecoveryCodes.normal("abcde fghjk"));
        assertNull(RecoveryCodes.normal("abcde"));
        assertNull(RecoveryCodes.normal(null));
        assertNull(RecoveryCodes.normal("a".repeat(10_000)));
    }
}
