package org.newsdesk.audit.control;

import org.newsdesk.audit.entity.ChainLink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;

/** Reading the ledger over JDBC: the column list, one row as a {@link ChainLink}, and time-to-sequence probes. */
public final class LedgerSql {

    public static final String COLUMNS =
            "seq, at, actor, action, story_id, entity_type, entity_id, details, prev_hash, hash, chain";

    /** The words of the details' values, a column the database computes (migration V9), GIN-indexed. */
    public static final String DETAILS_WORDS = "details_words";

    private static final int FETCH = 5000;

    private LedgerSql() {
    }

    public static ChainLink read(ResultSet row) throws SQLException {
        return new ChainLink(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getInt(11));
    }

    /**
     * Reads the events from {@code firstSeq} to {@code lastSeq} (inclusive) oldest first through a cursor — constant
     * memory however many — handing each to {@code each} until it answers false. The PostgreSQL driver streams only
     * inside a transaction: the caller's container transaction if one runs (timer callbacks may get one whatever
     * they ask for), else a read-only one of its own, rolled back at the end.
     */
    public static void forEach(Connection db, long firstSeq, long lastSeq, Predicate<ChainLink> each)
            throws SQLException {
        boolean own = db.getAutoCommit();
        if (own) {
            db.setAutoCommit(false);
            db.setReadOnly(true);
        }
        try (PreparedStatement range = db.prepareStatement("select " + COLUMNS
                + " from audit_event where seq between ? and ? order by seq")) {
            range.setLong(1, firstSeq);
            range.setLong(2, lastSeq);
            range.setFetchSize(FETCH);
            try (ResultSet rows = range.executeQuery()) {
                while (rows.next() && each.test(read(rows))) {
                    // one event at a time
                }
            }
        } finally {
            if (own) {
                db.rollback();
                db.setReadOnly(false);
                db.setAutoCommit(true);
            }
        }
    }

    /**
     * The sequence number of the first event at or after {@code moment}, or one past the newest when there is
     * none. An event's time never runs behind its predecessor's, so [from, to) in time is a range of seq.
     */
    public static long firstSeqAtOrAfter(Connection db, Instant moment) throws SQLException {
        try (PreparedStatement first = db.prepareStatement(
                "select seq from audit_event where at >= ? order by at, seq limit 1")) {
            first.setObject(1, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
            try (ResultSet row = first.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement head = db.prepareStatement("select coalesce(max(seq), 0) + 1 from audit_event");
             ResultSet row = head.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
