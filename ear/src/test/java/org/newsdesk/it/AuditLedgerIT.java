package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit ledger against someone with database access: each kind of tampering is found by the verification
 * (and undone afterwards), the application's own role cannot rewrite or unguard the ledger, signed checkpoints
 * check out with the published key, and concurrent appends never fork the chain.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLedgerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    /** A few events of our own, so that there is a middle of the chain to tamper with. */
    private static long someEvents() throws SQLException {
        for (int i = 0; i < 4; i++) {
            Api.as("probe-" + i, "wrong password").get("api/users");
        }
        JsonObject before = Ledger.verify();
        assertTrue(before.getBoolean("intact"), before.toString());
        assertEquals(64, before.getString("head").length());
        return Ledger.head();
    }

    private static void assertBrokenAt(long seq, String problemPart) {
        JsonObject after = Ledger.verify();
        assertFalse(after.getBoolean("intact"), after.toString());
        assertEquals(seq, after.getJsonNumber("firstBadSeq").longValue(), after.toString());
        assertTrue(after.getString("problem").contains(problemPart), after.toString());
    }

    private static void assertIntactAgain() {
        JsonObject again = Ledger.verify();
        assertTrue(again.getBoolean("intact"), "undoing the tampering restores the chain: " + again);
    }

    @Test
    void anAlteredEventIsFound() throws Exception {
        long victim = someEvents() - 2;
        List<Ledger.Row> original = Ledger.rows(victim, victim);
        Ledger.tamper(db -> {
            try (PreparedStatement update = db.prepareStatement(
                    "update audit_event set details = '{\"tampered\":true}' where seq = ?")) {
                update.setLong(1, victim);
                assertEquals(1, update.executeUpdate());
            }
        });
        try {
            assertBrokenAt(victim, "altered");
        } finally {
            Ledger.restore(original);
        }
        assertIntactAgain();
    }

    @Test
    void aDeletedEventIsFound() throws Exception {
        long victim = someEvents() - 2;
        List<Ledger.Row> original = Ledger.rows(victim, victim);
        Ledger.tamper(db -> Ledger.delete(db, victim, victim));
        try {
            assertBrokenAt(victim, "missing");
        } finally {
            Ledger.restore(original);
        }
        assertIntactAgain();
    }

    @Test
    void twoSwappedEventsAreFound() throws Exception {
        long first = someEvents() - 3;
        List<Ledger.Row> original = Ledger.rows(first, first + 1);
        Ledger.tamper(db -> {
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("update audit_event set seq = 999999999 where seq = " + first);
                sql.executeUpdate("update audit_event set seq = " + first + " where seq = " + (first + 1));
                sql.executeUpdate("update audit_event set seq = " + (first + 1) + " where seq = 999999999");
            }
        });
        try {
            assertBrokenAt(first, "event " + first);
        } finally {
            Ledger.restore(original);
        }
        assertIntactAgain();
    }

    @Test
    void anEventInsertedBehindTheApplicationsBackIsFoundAndExportedHarmlessly() throws Exception {
        long head = someEvents();
        Ledger.Row last = Ledger.rows(head, head).get(0);
        // the application's own role may append; without the ledger key its event cannot fit the chain
        ChainLink forged = new ChainLink(head + 1, last.at().toInstant(), "=HYPERLINK(\"http://evil\")",
                "account.login", "\tstory", "@account", "-2+3", "{\"note\":\"forged\"}", last.hash(), "", 2);
        String guessed = forged.expectedHash(LedgerKey.of("a guess at the key, thirty-two chars").hasher());
        try (Connection app = Database.connectAsApplication()) {
            Ledger.insert(app, new Ledger.Row(head + 1, last.at(), forged.actor(), forged.action(), forged.storyId(),
                    forged.entityType(), forged.entityId(), forged.details(), forged.prevHash(), guessed,
                    (short) 2));
        }
        try {
            assertBrokenAt(head + 1, "without the ledger key");

            Api.Reply csv = Api.demo("editor").get("api/audit/export.csv?actor="
                    + java.net.URLEncoder.encode(forged.actor(), StandardCharsets.UTF_8));
            assertEquals(200, csv.status(), csv.toString());
            String[] lines = csv.body().split("\r\n");
            assertEquals(2, lines.length, csv.body());
            assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), lines[1]);
            assertTrue(lines[1].contains(",\"'\tstory\",\"'@account\",\"'-2+3\","), lines[1]);
            assertTrue(lines[1].contains(",\"{\"\"note\"\":\"\"forged\"\"}\","), "other cells stay as they are");
        } finally {
            Ledger.tamper(db -> Ledger.delete(db, head + 1, head + 1));
        }
        assertIntactAgain();
    }

    @Test
    void theNewestEventsCutOffAreFoundByTheSignedCheckpoint() throws Exception {
        long head = someEvents();
        awaitCheckpoint(head);
        List<Ledger.Row> newest = Ledger.rows(head - 1, head);
        Ledger.tamper(db -> Ledger.delete(db, head - 1, head));
        try {
            assertBrokenAt(head - 1, "cut off");
        } finally {
            Ledger.restore(newest);
        }
        assertIntactAgain();
    }

    @Test
    void aChainRecomputedWithAnotherKeyIsFound() throws Exception {
        long head = someEvents();
        List<Ledger.Row> original = Ledger.rows(1, head);
        LedgerKey.Hasher wrongKey = LedgerKey.of("not the ledger key but just as long as one").hasher();
        Ledger.tamper(db -> {
            try (PreparedStatement update = db.prepareStatement(
                    "update audit_event set prev_hash = ?, hash = ? where seq = ?")) {
                String previous = ChainLink.GENESIS_HASH;
                for (Ledger.Row row : original) {
                    ChainLink relinked = new ChainLink(row.seq(), row.at().toInstant(), row.actor(), row.action(),
                            row.storyId(), row.entityType(), row.entityId(), row.details(), previous, "", 2);
                    String hash = relinked.expectedHash(wrongKey);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, row.seq());
                    update.addBatch();
                    previous = hash;
                }
                update.executeBatch();
            }
        });
        try {
            assertBrokenAt(1, "without the ledger key");
        } finally {
            Ledger.tamper(db -> {
                try (PreparedStatement update = db.prepareStatement(
                        "update audit_event set prev_hash = ?, hash = ? where seq = ?")) {
                    for (Ledger.Row row : original) {
                        update.setString(1, row.prevHash());
                        update.setString(2, row.hash());
                        update.setLong(3, row.seq());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        }
        assertIntactAgain();
    }

    @Test
    void theApplicationsRoleCanNeitherRewriteNorUnguardTheLedger() throws Exception {
        try (Connection app = Database.connectAsApplication(); Statement sql = app.createStatement()) {
            SQLException disable = assertThrows(SQLException.class,
                    () -> sql.execute("alter table audit_event disable trigger all"));
            assertTrue(disable.getMessage().contains("must be owner"), disable.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("delete from audit_event where seq = 1"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_event set actor = 'mallory' where seq = 1"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_event"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from revision"));
            // an unkeyed (legacy) event could be computed without the key: it is refused at the door
            long head = Ledger.head();
            Ledger.Row last = Ledger.rows(head, head).get(0);
            SQLException unkeyed = assertThrows(SQLException.class, () -> Ledger.insert(app, new Ledger.Row(head + 1,
                    last.at(), "mallory", "account.login", null, null, null, "{}", last.hash(), "f".repeat(64),
                    (short) ChainLink.LEGACY)));
            assertTrue(unkeyed.getMessage().contains("only keyed events"), unkeyed.getMessage());
            SQLException create = assertThrows(SQLException.class,
                    () -> sql.execute("create function public.planted() returns int language sql as 'select 1'"));
            assertTrue(create.getMessage().contains("permission denied"), create.getMessage());
        }
        try (Connection owner = Database.connect(); Statement sql = owner.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_event set actor = 'mallory' where seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), "even the owner meets the trigger");
        }
        assertIntactAgain();
    }

    @Test
    void checkpointsAreSignedAndCheckWithThePublishedKey() throws Exception {
        long head = someEvents();
        JsonObject answer = awaitCheckpoint(head);
        assertEquals("Ed25519", answer.getString("algorithm"));
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(answer.getString("publicKey"))));
        JsonArray checkpoints = answer.getJsonArray("checkpoints");
        assertFalse(checkpoints.isEmpty());
        for (JsonObject checkpoint : checkpoints.getValuesAs(JsonObject.class)) {
            String message = "newsdesk-checkpoint-v1\n" + checkpoint.getJsonNumber("seq").longValue() + "\n"
                    + checkpoint.getString("head") + "\n" + checkpoint.getString("at") + "\n";
            assertEquals(message, checkpoint.getString("message"), "the signed text is given as it is");
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            assertTrue(verifier.verify(Base64.getDecoder().decode(checkpoint.getString("signature"))), message);
        }
        JsonObject newest = checkpoints.getJsonObject(0);
        assertEquals(Ledger.rows(newest.getJsonNumber("seq").longValue(), newest.getJsonNumber("seq").longValue())
                .get(0).hash(), newest.getString("head"), "the checkpoint names the event's hash");
        JsonObject verified = Ledger.verify();
        assertTrue(verified.getJsonObject("checkpoint").getJsonNumber("seq").longValue() >= head, verified.toString());

        assertEquals(403, Api.demo("editor").get("api/audit/checkpoints").status());
        assertEquals(403, Api.demo("editor").get("api/audit/verify").status());
    }

    @Test
    void failedLoginsKeepOnlyAKeyedHashOfNamesThatAreNoAccount() {
        String typed = "Geheim-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(typed, "whatever").get("api/users");
        Api.as(typed, "whatever again").get("api/users");
        Api.as("editor", "not the password").get("api/users");
        JsonArray failed = Api.demo("admin").get("api/audit?action=account.api-auth-failed&size=3").json()
                .getJsonArray("items");
        assertEquals("editor", failed.getJsonObject(0).getString("actor"), "an account is named");
        String first = failed.getJsonObject(1).getString("actor");
        String second = failed.getJsonObject(2).getString("actor");
        assertTrue(first.matches("unknown:[0-9a-f]{16}"), first);
        assertEquals(first, second, "the same typed name gives the same pseudonym, so probing shows");
        assertNotEquals("unknown:" + typed.toLowerCase(), first);
        for (int i = 1; i <= 2; i++) {
            assertFalse(failed.getJsonObject(i).toString().toLowerCase().contains(typed.toLowerCase()),
                    "the typed text is nowhere in the event: " + failed.getJsonObject(i));
        }
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        long before = Ledger.verify().getJsonNumber("events").longValue();
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
        JsonObject after = Ledger.verify();
        assertTrue(after.getBoolean("intact"), after.toString());
        assertEquals(before + parallel, after.getJsonNumber("events").longValue(),
                "each failed API authentication appends exactly one event");
    }

    /** Waits (at most 30 s) until a signed checkpoint covers {@code seq}; answers the checkpoints call. */
    private static JsonObject awaitCheckpoint(long seq) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonObject answer = Api.demo("admin").get("api/audit/checkpoints").json();
            JsonArray checkpoints = answer.getJsonArray("checkpoints");
            if (!checkpoints.isEmpty() && checkpoints.getJsonObject(0).getJsonNumber("seq").longValue() >= seq) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no checkpoint covers event " + seq + " after 30 s: " + answer);
            }
            Thread.sleep(500);
        }
    }
}
