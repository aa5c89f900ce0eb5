package org.newsdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit ledger: verification, tamper detection, append-only storage, and a chain that never forks. */
@ExtendWith(ArquillianExtension.class)
class AuditLedgerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static JsonObject verify() {
        Api.Reply reply = Api.demo("admin").get("api/audit/verify");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void anAlteredEventIsFoundByVerification() throws Exception {
        // make sure there are a few events, then tamper with one in the middle
        for (int i = 0; i < 3; i++) {
            Api.as("nobody-" + UUID.randomUUID(), "wrong password").get("api/users");
        }
        JsonObject before = verify();
        assertTrue(before.getBoolean("intact"), before.toString());
        long events = before.getJsonNumber("events").longValue();
        assertEquals(64, before.getString("head").length());
        long victim = events - 1;

        try (Connection db = Database.connect()) {
            String original;
            try (PreparedStatement read = db.prepareStatement("select details from audit_event where seq = ?")) {
                read.setLong(1, victim);
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next());
                    original = row.getString(1);
                }
            }
            try {
                setDetails(db, victim, "{\"tampered\":true}");
                JsonObject after = verify();
                assertFalse(after.getBoolean("intact"), after.toString());
                assertEquals(victim, after.getJsonNumber("firstBadSeq").longValue());
            } finally {
                setDetails(db, victim, original);
            }
        }
        assertTrue(verify().getBoolean("intact"), "restoring the original content restores the chain");
    }

    /** As the table owner, who must switch the append-only trigger off on purpose to change history. */
    private static void setDetails(Connection db, long seq, String details) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement();
             PreparedStatement update = db.prepareStatement("update audit_event set details = ? where seq = ?")) {
            sql.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            update.setString(1, details);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
            sql.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEvents() throws Exception {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_event set actor = 'mallory' where seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("delete from audit_event where seq = 1"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_event"));
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        long before = verify().getJsonNumber("events").longValue();
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String stranger = "stranger-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
                calls.add(pool.submit(() -> Api.as(stranger, "wrong password").get("api/users").status()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(401, call.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonObject after = verify();
        assertTrue(after.getBoolean("intact"), after.toString());
        assertEquals(before + parallel, after.getJsonNumber("events").longValue(),
                "each failed API authentication appends exactly one event");
    }

    @Test
    void theAuditLogIsFilteredPagedNewestFirstAndExportedAsCsv() {
        String stranger = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(stranger, "wrong \"quoted\" password").get("api/users");
        Api.as(stranger, "wrong password again").get("api/users");

        JsonObject page = Api.demo("editor").get("api/audit?actor=" + stranger + "&size=1").json();
        assertEquals(2, page.getJsonNumber("total").longValue());
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("size"));
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals("account.api-auth-failed", newest.getString("action"));
        assertEquals("api", newest.getJsonObject("details").getString("channel"));
        JsonObject all = Api.demo("editor").get("api/audit?actor=" + stranger).json();
        long first = all.getJsonArray("items").getJsonObject(1).getJsonNumber("seq").longValue();
        long second = all.getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
        assertTrue(second > first, "newest first");
        assertEquals(first + 1, second, "nothing else happened in between");
        assertEquals(all.getJsonArray("items").getJsonObject(1).getString("hash"),
                all.getJsonArray("items").getJsonObject(0).getString("prevHash"), "each event links to the one before");

        Api.Reply csv = Api.demo("editor").get("api/audit/export.csv?actor=" + stranger);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[0].startsWith("seq,at,actor,action"));
        assertTrue(lines[1].contains("\"" + stranger + "\""));
        assertTrue(lines[1].contains("\"{\"\"channel\"\":\"\"api\"\""), lines[1]);

        assertEquals(400, Api.demo("editor").get("api/audit?from=yesterday").status());
        assertEquals(422, Api.demo("editor").get("api/audit?size=1000").status());
    }
}
