package org.newsdesk.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One recovery code of two-factor login, kept as a keyed hash; good for one login. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED_OF, query = "select c from RecoveryCode c where c.account = :account "
        + "and c.usedAt is null order by c.id")
@NamedQuery(name = RecoveryCode.DELETE_OF, query = "delete from RecoveryCode c where c.account = :account")
public class RecoveryCode {

    public static final String UNUSED_OF = "RecoveryCode.unusedOf";
    public static final String DELETE_OF = "RecoveryCode.deleteOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(Account account, String codeHash) {
        this.account = Objects.requireNonNull(account);
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    /** Uses the code up; false when it was used before. */
    public boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
