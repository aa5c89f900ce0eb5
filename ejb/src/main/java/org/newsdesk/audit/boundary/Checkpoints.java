package org.newsdesk.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.control.ChainCheck;
import org.newsdesk.audit.control.CheckpointFile;
import org.newsdesk.audit.control.CheckpointKeys;
import org.newsdesk.audit.control.LedgerSql;
import org.newsdesk.audit.entity.ChainLink;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signed checkpoints of the ledger, kept outside the database ({@code NEWSDESK_CHECKPOINT_DIR}). Every
 * {@value #EVERY_SECONDS} seconds, when the ledger grew, the events since the last checkpoint are checked and the
 * new head is signed; one checkpoint per {@link #HISTORY_EVERY} is also kept for ever in the history. A ledger
 * that became shorter than its checkpoint, or whose new events do not verify, is reported and never signed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads over JDBC with its own short transaction
@PermitAll
public class Checkpoints {

    static final int EVERY_SECONDS = 5;
    static final Duration HISTORY_EVERY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(Checkpoints.class.getName());

    /** The signed heads and, if one is there, the first checkpoint whose signature does not verify. */
    public record SignedHeads(Map<Long, String> heads, Checkpoint forged) {
    }

    @Inject
    @ConfigProperty(name = "newsdesk.checkpoint.dir")
    Optional<String> configuredDirectory;

    @Resource(lookup = "java:app/jdbc/newsdesk")
    DataSource database;

    @EJB
    LedgerKeys keys;

    private CheckpointKeys signer;
    private CheckpointFile file;
    private volatile Checkpoint latest;
    private volatile Instant lastHistory = Instant.EPOCH;

    @PostConstruct
    void open() {
        Path directory = Path.of(configuredDirectory.orElseGet(
                () -> System.getProperty("com.sun.aas.instanceRoot", ".") + "/newsdesk-checkpoints"));
        try {
            signer = CheckpointKeys.loadOrCreate(directory);
            file = new CheckpointFile(directory);
            latest = file.latest().map(Checkpoints::checkpoint).orElse(null);
            if (latest != null && !signer.verify(latest.message(), latest.signature())) {
                // signing on from a forged or broken head would bless it; the verification reports the file
                LOG.severe(() -> "The latest ledger checkpoint in " + directory + " does not carry a valid"
                        + " signature; new checkpoints start from the first event again. Run the verification.");
                latest = null;
            }
            List<CheckpointFile.Entry> history = file.history();
            if (!history.isEmpty()) {
                lastHistory = history.get(history.size() - 1).at();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the checkpoint directory " + directory
                    + " (NEWSDESK_CHECKPOINT_DIR)", e);
        }
        LOG.info(() -> "Ledger checkpoints in " + directory + ", public key " + signer.publicKey());
    }

    @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            advance();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not write a ledger checkpoint", e);
        }
    }

    /** Checks the events since the last checkpoint and signs the new head; synchronised with itself. */
    synchronized void advance() {
        Checkpoint last = latest;
        try (Connection db = database.getConnection()) {
            long headSeq;
            String headHash;
            try (PreparedStatement head = db.prepareStatement(
                    "select seq, hash from audit_event order by seq desc limit 1");
                 ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                headSeq = row.getLong(1);
                headHash = row.getString(2);
            }
            if (last != null && headSeq <= last.seq()) {
                if (headSeq < last.seq() || !headHash.equals(last.head())) {
                    LOG.severe(() -> "The audit ledger no longer matches its checkpoint of " + last.at() + " (seq "
                            + last.seq() + "): events were cut off or rewritten. Run the verification.");
                }
                return;
            }
            ChainCheck check = new ChainCheck(keys.key(), Map.of());
            if (last != null) {
                check.startingAfter(last.seq(), last.head(), keyed(db, last.seq()));
            }
            LedgerSql.forEach(db, last == null ? 1 : last.seq() + 1, headSeq, check::accept);
            ChainCheck.Problem problem = check.problem();
            if (problem != null || check.headSeq() != headSeq) {
                LOG.severe(() -> "The audit ledger does not verify, no checkpoint signed: "
                        + (problem == null ? "events changed while being checked" : problem.what()));
                return;
            }
            sign(headSeq, headHash);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not read the audit ledger for a checkpoint", e);
        }
    }

    /** Whether the event at {@code seq} is keyed: then no unkeyed (legacy) event may follow it. */
    private static boolean keyed(Connection db, long seq) throws SQLException {
        try (PreparedStatement chain = db.prepareStatement("select chain from audit_event where seq = ?")) {
            chain.setLong(1, seq);
            try (ResultSet row = chain.executeQuery()) {
                return !row.next() || row.getInt(1) != ChainLink.LEGACY;
            }
        }
    }

    private void sign(long seq, String head) {
        Instant now = Instant.now();
        Checkpoint checkpoint = new Checkpoint(seq, head, now, signer.sign(Checkpoint.message(seq, head, now)));
        CheckpointFile.Entry entry = new CheckpointFile.Entry(seq, head, now, checkpoint.signature());
        try {
            file.replaceLatest(entry);
            if (!now.isBefore(lastHistory.plus(HISTORY_EVERY))) {
                file.appendToHistory(entry);
                lastHistory = now;
            }
            latest = checkpoint;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "could not write the ledger checkpoint", e);
        }
    }

    /** The public key that checks every signature: base64 X.509 of an Ed25519 key. */
    @RolesAllowed(Roles.ADMIN)
    public String publicKey() {
        return signer.publicKey();
    }

    /** The newest checkpoint, if one was written. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Checkpoint> latest() {
        return Optional.ofNullable(latest);
    }

    /** Every kept checkpoint, newest first: the history and the latest. */
    @RolesAllowed(Roles.ADMIN)
    public List<Checkpoint> list() {
        List<Checkpoint> all = new ArrayList<>();
        try {
            file.history().forEach(entry -> all.add(checkpoint(entry)));
            file.latest().map(Checkpoints::checkpoint)
                    .filter(newest -> all.isEmpty() || all.get(all.size() - 1).seq() != newest.seq())
                    .ifPresent(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoints", e);
        }
        Collections.reverse(all);
        return all;
    }

    /** The head of every kept checkpoint by seq, after checking each signature. */
    @RolesAllowed(Roles.ADMIN)
    public SignedHeads signedHeads() {
        Map<Long, String> heads = new TreeMap<>();
        List<Checkpoint> all = list();
        Collections.reverse(all);
        for (Checkpoint checkpoint : all) {
            if (!signer.verify(checkpoint.message(), checkpoint.signature())) {
                return new SignedHeads(heads, checkpoint);
            }
            heads.put(checkpoint.seq(), checkpoint.head());
        }
        return new SignedHeads(heads, null);
    }

    private static Checkpoint checkpoint(CheckpointFile.Entry entry) {
        return new Checkpoint(entry.seq(), entry.head(), entry.at(), entry.signature());
    }
}
