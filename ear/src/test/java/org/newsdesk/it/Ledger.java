package org.newsdesk.it;

import jakarta.json.JsonObject;
import org.newsdesk.audit.entity.ChainLink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit ledger seen from outside: the verification's answer, and tampering as the database owner would do
 * it (switching the append-only triggers off on purpose), always undone afterwards so the other tests see an
 * intact ledger again.
 */
final class Ledger {

    /** One stored row, every column, to put back exactly. */
    record Row(long seq, OffsetDateTime at, String actor, String action, String storyId, String entityType, String entityId,
               String details, String prevHash, String hash, short chain) {

        ChainLink link() {
            return new ChainLink(seq, at.toInstant(), actor, action, storyId, entityType, entityId, details, prevHash,
                    hash, chain);
        }
    }

    interface Change {
        void apply(Connection db) throws SQLException;
    }

    private Ledger() {
    }

    static JsonObject verify() {
        Api.Reply reply = Api.demo("admin").get("api/audit/verify");
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.json();
    }

    static long head() throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select max(seq) from audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Row> rows(long fromSeq, long toSeq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = Database.connect(); PreparedStatement read = db.prepareStatement(
                "select seq, at, actor, action, story_id, entity_type, entity_id, details, prev_hash, hash, chain"
                        + " from audit_event where seq between ? and ? order by seq")) {
            read.setLong(1, fromSeq);
            read.setLong(2, toSeq);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getObject(2, OffsetDateTime.class), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                            row.getString(9), row.getString(10), row.getShort(11)));
                }
            }
        }
        return rows;
    }

    /** Runs a change as the owner with the append-only triggers switched off, in one transaction. */
    static void tamper(Change change) throws SQLException {
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("alter table audit_event disable trigger user");
                change.apply(db);
                sql.execute("alter table audit_event enable trigger user");
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        }
    }

    static void delete(Connection db, long fromSeq, long toSeq) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from audit_event where seq between ? and ?")) {
            delete.setLong(1, fromSeq);
            delete.setLong(2, toSeq);
            delete.executeUpdate();
        }
    }

    static void insert(Connection db, Row row) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into audit_event (seq, at, actor, action,"
                + " story_id, entity_type, entity_id, details, prev_hash, hash, chain)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, row.seq());
            insert.setObject(2, row.at());
            insert.setString(3, row.actor());
            insert.setString(4, row.action());
            insert.setString(5, row.storyId());
            insert.setString(6, row.entityType());
            insert.setString(7, row.entityId());
            insert.setString(8, row.details());
            insert.setString(9, row.prevHash());
            insert.setString(10, row.hash());
            insert.setShort(11, row.chain());
            insert.executeUpdate();
        }
    }

    /** Puts rows back as they were: removes what is at their positions now, then inserts them. */
    static void restore(List<Row> rows) throws SQLException {
        tamper(db -> {
            for (Row row : rows) {
                delete(db, row.seq(), row.seq());
            }
            for (Row row : rows) {
                insert(db, row);
            }
        });
    }
}
