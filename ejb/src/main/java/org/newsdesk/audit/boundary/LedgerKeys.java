package org.newsdesk.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.audit.entity.LedgerKey;
import org.newsdesk.shared.control.SecretBox;

import java.util.HexFormat;
import java.util.Optional;

/**
 * The ledger key from configuration ({@code NEWSDESK_AUDIT_KEY}, never the database). Newsdesk refuses to start
 * without one: an unkeyed ledger could be rewritten by anybody who can write the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // immutable after start: no lock around every append
@PermitAll
public class LedgerKeys {

    private static final int PSEUDONYM_LENGTH = 16;

    @Inject
    @ConfigProperty(name = "newsdesk.audit.key")
    Optional<String> secret;

    private LedgerKey key;
    private LedgerKey names;
    private LedgerKey recoveryCodes;

    @PostConstruct
    void load() {
        try {
            key = LedgerKey.of(secret.orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("NEWSDESK_AUDIT_KEY: " + e.getMessage(), e);
        }
        names = key.derive("login-name");
        recoveryCodes = key.derive("recovery-code");
    }

    public LedgerKey key() {
        return key;
    }

    /**
     * Seals secrets that must be read back (TOTP secrets) with an AES key derived from the ledger key: the
     * database alone does not reveal them.
     */
    public SecretBox secretBox() {
        return new SecretBox(HexFormat.of().parseHex(key.derive("secret-box").sign("aes-256-gcm")));
    }

    /** The keyed hash of a recovery code: without the key a copy of the database cannot test guesses. */
    public String recoveryCodeHash(String normalCode) {
        return recoveryCodes.sign(normalCode);
    }

    /**
     * How the ledger names somebody who is not an account: a keyed hash of what they typed, the same for the
     * same text (so repeated probing shows), from which the text cannot be read back (it may be a password).
     */
    public String pseudonym(String typed) {
        return "unknown:" + names.sign(typed).substring(0, PSEUDONYM_LENGTH);
    }
}
