package org.newsdesk.account.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static Account anna() {
        return new Account("anna", "Anna Berger", "hash", List.of(Role.REPORTER), T0);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
        Account account = anna();
        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailedLogin(T0.plusSeconds(60L * i)));
        }
        assertTrue(account.mayLogInAt(T0.plusSeconds(240)));
        Instant fifth = T0.plusSeconds(300);
        assertTrue(account.recordFailedLogin(fifth));
        assertFalse(account.mayLogInAt(fifth.plusSeconds(1)));
        assertFalse(account.mayLogInAt(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertTrue(account.mayLogInAt(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        Account account = anna();
        for (int i = 0; i < 10; i++) {
            account.recordFailedLogin(T0.plus(Duration.ofMinutes(4L * i)));
        }
        assertTrue(account.mayLogInAt(T0.plus(Duration.ofMinutes(40))));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        Account account = anna();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusSeconds(i));
        }
        account.recordSuccessfulLogin();
        assertFalse(account.recordFailedLogin(T0.plusSeconds(10)));
        assertTrue(account.mayLogInAt(T0.plusSeconds(11)));
    }

    @Test
    void aDisabledAccountMayNotLogIn() {
        Account account = anna();
        assertTrue(account.disable());
        assertFalse(account.disable());
        assertFalse(account.mayLogInAt(T0));
    }

    @Test
    void assigningTheSameRolesIsNoChange() {
        Account account = anna();
        assertFalse(account.assignRoles(List.of(Role.REPORTER)));
        assertTrue(account.assignRoles(List.of(Role.REPORTER, Role.FACT_CHECKER)));
        assertEquals(2, account.getRoles().size());
    }

    @Test
    void userNamesAreLowerCaseWordCharacters() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("Anna Berger", null, "hash", List.of(Role.REPORTER), T0));
        assertThrows(IllegalArgumentException.class, () -> new Account("an", null, "hash", List.of(), T0));
        assertEquals("anna", anna().getUsername());
    }

    @Test
    void aChangedPasswordEndsTheSessionsThatLoggedInBefore() {
        Account account = anna();
        Instant change = T0.plusSeconds(600);
        assertEquals(null, account.getSessionsValidAfter(), "no change yet: every session is fine");
        account.changePassword("new hash", change);
        assertEquals("new hash", account.getPasswordHash());
        assertEquals(change, account.getSessionsValidAfter(), "sessions from before the change end");
        assertFalse(account.isMustChangePassword());
    }

    @Test
    void aResetDemandsANewPasswordAndLiftsTheLockOut() {
        Account account = anna();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0.plusSeconds(i));
        }
        assertFalse(account.mayLogInAt(T0.plusSeconds(10)));
        account.resetPassword("temporary hash", T0.plusSeconds(20));
        assertTrue(account.isMustChangePassword());
        assertTrue(account.mayLogInAt(T0.plusSeconds(21)));
        assertEquals(T0.plusSeconds(20), account.getSessionsValidAfter());
        account.changePassword("chosen hash", T0.plusSeconds(30));
        assertFalse(account.isMustChangePassword());
        assertEquals(T0.plusSeconds(30), account.getPasswordChangedAt());
    }

    @Test
    void twoFactorIsOnOnlyAfterAConfirmedCodeAndNoTimeStepCountsTwice() {
        Account account = anna();
        account.beginTwoFactor("sealed");
        assertFalse(account.hasTwoFactor(), "pending until a code confirms it");
        account.enableTwoFactor(1000, T0);
        assertTrue(account.hasTwoFactor());
        assertFalse(account.acceptTotpStep(1000), "the confirming code cannot log in again");
        assertFalse(account.acceptTotpStep(999), "nor an older one");
        assertTrue(account.acceptTotpStep(1001));
        assertFalse(account.acceptTotpStep(1001), "a code is used once");
        assertThrows(IllegalStateException.class, () -> account.beginTwoFactor("other"));
        account.disableTwoFactor();
        assertFalse(account.hasTwoFactor());
        assertEquals(null, account.getTotpSecret());
    }
}
