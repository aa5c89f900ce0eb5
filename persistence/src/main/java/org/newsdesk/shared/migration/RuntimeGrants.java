package org.newsdesk.shared.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** A role name as an SQL identifier. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
