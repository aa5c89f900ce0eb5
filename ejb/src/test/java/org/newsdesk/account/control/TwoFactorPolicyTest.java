package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.account.entity.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoFactorPolicyTest {

    @Test
    void theDefaultRequiresItOfAdminsAndChiefEditors() {
        Set<Role> required = TwoFactorPolicy.parse(TwoFactorPolicy.DEFAULT);
        assertEquals(EnumSet.of(Role.ADMIN, Role.CHIEF_EDITOR), required);
        assertTrue(TwoFactorPolicy.requiredFor(List.of(Role.EDITOR, Role.CHIEF_EDITOR), required));
        assertFalse(TwoFactorPolicy.requiredFor(List.of(Role.REPORTER, Role.FACT_CHECKER), required));
    }

    @Test
    void noneOrNothingRequiresItOfNoRole() {
        assertTrue(TwoFactorPolicy.parse("none").isEmpty());
        assertTrue(TwoFactorPolicy.parse(" NONE ").isEmpty());
        assertTrue(TwoFactorPolicy.parse("").isEmpty());
        assertEquals(EnumSet.of(Role.FACT_CHECKER), TwoFactorPolicy.parse(" fact_checker "));
    }

    @Test
    void aTypoIsNamedNotIgnored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TwoFactorPolicy.parse("ADMIN, CHEIF_EDITOR"));
        assertTrue(e.getMessage().contains("CHEIF_EDITOR"), e.getMessage());
    }
}
