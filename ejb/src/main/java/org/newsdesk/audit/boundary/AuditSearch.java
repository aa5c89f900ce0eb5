package org.newsdesk.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.control.CsvCells;
import org.newsdesk.audit.control.LedgerSql;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.control.SqlFilter;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit log by a filter: pages newest first, paged by key (the cursor is the last seq shown; no
 * OFFSET, no count), and the CSV export of everything the filter matches, streamed from one query (so from one
 * snapshot of the ledger: events appended meanwhile are neither skipped nor doubled) with constant memory.
 * <p>
 * A time range becomes a range of sequence numbers first (two index probes), so every filter is an index range
 * on (column, seq) walked newest first.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class AuditSearch {

    static final int HISTORY = 200;
    private static final int EXPORT_FETCH = 1000;

    @Resource(lookup = "java:app/jdbc/newsdesk")
    DataSource database;

    /**
     * @param before the cursor of the previous page ({@code next}), or null for the newest events
     */
    public AuditPage search(AuditQuery query, Long before, int size) {
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        if (before != null && before < 1) {
            throw new InvalidInputException("before", "must be a cursor from 'next'");
        }
        try (Connection db = database.getConnection()) {
            SqlFilter filter = filter(db, query).and("seq < ?", before);
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("select " + LedgerSql.COLUMNS + " from audit_event"
                    + filter.sql() + " order by seq desc limit ?")) {
                select.setInt(filter.bind(select, 1), size + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(AuditEntry.of(LedgerSql.read(rows)));
                    }
                }
            }
            String next = null;
            if (items.size() > size) {
                items.remove(size);
                next = Long.toString(items.get(size - 1).seq());
            }
            return new AuditPage(items, next, size);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the audit log", e);
        }
    }

    /**
     * The history of one thing — an account ({@code account}, its name) or a claim ({@code claim}, its id) — by the
     * given actions, newest first, at most {@value #HISTORY} events: who changed it when, and how (e.g. the roles
     * before and after).
     */
    public List<AuditEntry> history(String entityType, String entityId, List<AuditAction> actions) {
        List<AuditEntry> items = new ArrayList<>();
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "select " + LedgerSql.COLUMNS + " from audit_event where entity_type = ? and entity_id = ?"
                        + " and action = any(?) order by seq desc limit " + HISTORY)) {
            select.setString(1, entityType);
            select.setString(2, entityId);
            select.setArray(3, db.createArrayOf("varchar", actions.stream().map(AuditAction::name).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(AuditEntry.of(LedgerSql.read(rows)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history of " + entityType + " " + entityId, e);
        }
        return items;
    }

    /** Writes every event the filter matches as CSV, newest first, BOM and header first. */
    public void export(AuditQuery query, Writer out) {
        try (Connection db = database.getConnection()) {
            SqlFilter filter = filter(db, query);
            out.write(CsvCells.BYTE_ORDER_MARK);
            out.write(CsvCells.line("seq", "at", "actor", "action", "storyId", "entityType", "entityId", "details",
                    "hash", "prevHash"));
            try (PreparedStatement select = db.prepareStatement("select " + LedgerSql.COLUMNS + " from audit_event"
                    + filter.sql() + " order by seq desc")) {
                filter.bind(select, 1);
                select.setFetchSize(EXPORT_FETCH); // a cursor: constant memory however many rows match
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ChainLink e = LedgerSql.read(rows);
                        out.write(CsvCells.line(Long.toString(e.seq()), e.at().toString(), CsvCells.text(e.actor()),
                                CsvCells.text(e.action()), CsvCells.text(e.storyId()),
                                CsvCells.text(e.entityType()), CsvCells.text(e.entityId()),
                                CsvCells.text(e.details()), e.hash(), e.prevHash()));
                    }
                }
            }
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export the audit log", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the export's reader went away", e);
        }
    }

    private static SqlFilter filter(Connection db, AuditQuery query) throws SQLException {
        return new SqlFilter()
                .and("story_id = ?", query.storyId())
                .and("actor = ?", query.actor())
                .and("action = ?", query.action() == null ? null : query.action().name())
                .and("seq >= ?", query.from() == null ? null : LedgerSql.firstSeqAtOrAfter(db, query.from()))
                .and("seq < ?", query.to() == null ? null : LedgerSql.firstSeqAtOrAfter(db, query.to()))
                .and(LedgerSql.DETAILS_WORDS + " @@ plainto_tsquery('simple', ?)", query.text());
    }
}
