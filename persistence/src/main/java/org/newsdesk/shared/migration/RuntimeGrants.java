package org.newsdesk.shared.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the runtime role may do, granted by the owner after every migration (so new tables are covered):
 * read and write the working tables, only read and append the append-only ones (the audit ledger, revisions,
 * blocks, verdicts, comments, workflow steps), nothing on Flyway's history, and no ownership of anything — so it
 * can neither change history nor disable the triggers that guard it.
 */
public final class RuntimeGrants {

    /** Tables whose rows are never changed or removed. */
    public static final List<String> APPEND_ONLY = List.of("audit_event", "revision", "story_block",
            "claim_verdict", "claim_comment", "workflow_step");

    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

    private RuntimeGrants() {
    }

    static void grant(Connection owner, String runtimeRole) throws SQLException {
        String role = quote(runtimeRole);
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("grant usage on schema public to " + role);
            sql.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            sql.execute("grant usage, select, update on all sequences in schema public to " + role);
            for (String table : APPEND_ONLY) {
                sql.execute("revoke update, delete, truncate, references, trigger on " + table + " from " + role);
            }
            sql.execute("revoke all on flyway_schema_history from " + role);
            // nobody but the owner creates objects in the schema: no planted function a later migration could call
            sql.execute("revoke create on schema public from public");
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /**
     * Logs SEVERE when the role Newsdesk connects as could rewrite the ledger after all: it owns the ledger, is a
     * superuser, or is a member of the ledger's owner.
     */
    static void warnIfPowerful(Connection application) throws SQLException {
        try (Statement sql = application.createStatement(); ResultSet row = sql.executeQuery(
                "select current_user, t.tableowner, r.rolsuper, pg_has_role(current_user, t.tableowner, 'MEMBER')"
                        + " from pg_tables t, pg_roles r where t.schemaname = 'public'"
                        + " and t.tablename = 'audit_event' and r.rolname = current_user")) {
            if (row.next() && (row.getString(1).equals(row.getString(2)) || row.getBoolean(3) || row.getBoolean(4))) {
                String role = row.getString(1);
                LOG.severe(() -> "Newsdesk connects as " + role + ", which owns the audit ledger, is a superuser or"
                        + " is a member of its owner: it could switch the ledger's triggers off. Give"
                        + " NEWSDESK_DB_USER a runtime role of its own (README, 'Database roles').");
            }
        }
    }

    /** A role name as an SQL identifier. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
