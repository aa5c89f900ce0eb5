package org.newsdesk.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.control.ChainCheck;
import org.newsdesk.audit.control.HashAhead;
import org.newsdesk.audit.control.LedgerSql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;

/**
 * Checks the whole ledger against its key and its signed checkpoints: one query, oldest first, read through a
 * cursor (constant memory), in a read-only snapshot that takes no locks, so appends and every other request go
 * on meanwhile; the keyed hashes of the next batch are computed on another thread while this one reads.
 * Stops at the first problem.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LedgerVerifier {

    @Resource(lookup = "java:app/jdbc/newsdesk")
    DataSource database;

    @EJB
    LedgerKeys keys;

    @EJB
    Checkpoints checkpoints;

    /** Hashes the next batch while this thread reads (the container's own pool). */
    @Resource
    ManagedExecutorService executor;

    /**
     * The same check on a thread of its own: a screen asks for it and polls the future, so no request waits a
     * minute (a proxy in between might give up).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<LedgerVerification> verifyInBackground() {
        return new AsyncResult<>(verify());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LedgerVerification verify() {
        long started = System.nanoTime();
        Checkpoints.SignedHeads signed = checkpoints.signedHeads();
        Checkpoint newest = checkpoints.latest().orElse(null);
        if (signed.forged() != null) {
            return new LedgerVerification(false, 0, null, newest, signed.forged().seq(), "the checkpoint of "
                    + signed.forged().at() + " does not carry a valid signature: the checkpoint file was altered",
                    millisSince(started));
        }
        ChainCheck check = new ChainCheck(keys.key(), signed.heads());
        try (Connection db = database.getConnection()) {
            HashAhead ahead = new HashAhead(check, keys.key(), executor);
            LedgerSql.forEach(db, 1, Long.MAX_VALUE, ahead::accept);
            ahead.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit ledger", e);
        }
        ChainCheck.Problem problem = check.problem();
        return new LedgerVerification(problem == null, check.checked(), check.headHash(), newest,
                problem == null ? null : problem.seq(), problem == null ? null : problem.what(),
                millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
