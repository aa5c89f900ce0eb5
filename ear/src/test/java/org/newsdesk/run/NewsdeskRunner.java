package org.newsdesk.run;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run command of the README: embedded PostgreSQL (data in {@code $NEWSDESK_DATA}, default {@code ./data}),
 * Payara Server with the Newsdesk EAR, demo accounts on an empty database; runs in the foreground until Ctrl-C or
 * SIGTERM, then stops Payara and PostgreSQL. A small watchdog stops both as well when this process is killed
 * with SIGKILL, and the next start cleans up whatever is still left over.
 */
public final class NewsdeskRunner {

    private static final int HTTP_PORT = 8080;
    private static final int ADMIN_PORT = 4848;

    private NewsdeskRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("newsdesk.baseDir", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("NEWSDESK_DATA", base.resolve("data").toString())).toAbsolutePath().normalize();
        int dbPort = Integer.parseInt(env("NEWSDESK_DB_PORT", "54320"));
        Path ear = Path.of(System.getProperty("newsdesk.ear"));
        Path payaraHome = Path.of(System.getProperty("newsdesk.payaraHome"));
        Files.createDirectories(data);
        Path log = data.resolve("payara-asadmin.log");
        PayaraServer payara = new PayaraServer(payaraHome, log);

        payara.createDomainIfMissing();
        if (payara.leftover().isPresent()) {
            say("Stopping the Payara Server left running by an earlier run");
            payara.stop();
        }
        payara.forgetDeployment();
        payara.sizeHttpThreadPool(Integer.parseInt(env("NEWSDESK_HTTP_THREADS", "32")));
        requireFree(HTTP_PORT, "HTTP");
        requireFree(ADMIN_PORT, "Payara admin");
        requireFree(dbPort, "PostgreSQL (set NEWSDESK_DB_PORT to use another)");

        say("Starting PostgreSQL on 127.0.0.1:" + dbPort + " (data in " + data.resolve("postgres") + ")");
        // the load benchmark (NEWSDESK_BENCHMARK=true) counts statements with pg_stat_statements
        boolean benchmark = "true".equalsIgnoreCase(env("NEWSDESK_BENCHMARK", "false"));
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), dbPort, false, true,
                benchmark ? Map.of("shared_preload_libraries", "pg_stat_statements") : Map.of());
        startWatchdog(data.resolve("postgres"), payara);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping Newsdesk …");
            try {
                payara.stop();
            } catch (IOException e) {
                say("Payara did not stop cleanly: " + e.getMessage());
            }
            try {
                database.close();
            } catch (IOException e) {
                say("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            say("Newsdesk stopped.");
            stopped.countDown();
        }, "newsdesk-shutdown"));

        Map<String, String> environment = serverEnvironment(database, data);
        environment.put("NEWSDESK_BENCHMARK", Boolean.toString(benchmark));
        String twoFactorRoles = env("NEWSDESK_2FA_REQUIRED_ROLES", "none");
        environment.put("NEWSDESK_2FA_REQUIRED_ROLES", twoFactorRoles);
        say("Starting Payara Server (log: " + payara.serverLog() + ")");
        payara.start(environment);
        say("Deploying " + ear.getFileName());
        payara.deploy(ear);
        waitUntilServed(URI.create("http://localhost:" + HTTP_PORT + "/login.xhtml"));
        System.out.println("Newsdesk is ready at http://localhost:" + HTTP_PORT + "/");
        if ("none".equals(twoFactorRoles)) {
            System.out.println("Demo setting: two-factor login is required of no role (NEWSDESK_2FA_REQUIRED_ROLES=none),"
                    + " so the demo accounts log in with their password alone. Production requires it of ADMIN and"
                    + " CHIEF_EDITOR unless configured otherwise.");
        }
        stopped.await();
    }

    /** What Payara needs to reach {@code database} as the runtime role, with the ledger key of {@code data}. */
    static Map<String, String> serverEnvironment(EmbeddedDatabase database, Path data) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("NEWSDESK_DB_URL", database.jdbcUrl());
        environment.put("NEWSDESK_DB_USER", EmbeddedDatabase.RUNTIME_USER);
        environment.put("NEWSDESK_DB_PASSWORD", EmbeddedDatabase.RUNTIME_PASSWORD);
        environment.put("NEWSDESK_DB_OWNER_USER", EmbeddedDatabase.USER);
        environment.put("NEWSDESK_DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD);
        environment.put("NEWSDESK_AUDIT_KEY", env("NEWSDESK_AUDIT_KEY", ledgerKey(data)));
        environment.put("NEWSDESK_CHECKPOINT_DIR", env("NEWSDESK_CHECKPOINT_DIR",
                data.resolve("checkpoints").toString()));
        environment.put("NEWSDESK_DEMO_ACCOUNTS", env("NEWSDESK_DEMO_ACCOUNTS", "true"));
        return environment;
    }

    /**
     * When this JVM dies without running its shutdown hook (SIGKILL), a detached shell notices within a second and
     * stops Payara and PostgreSQL, so no orphan keeps the ports or the data directory.
     */
    private static void startWatchdog(Path pgData, PayaraServer payara) throws IOException {
        long me = ProcessHandle.current().pid();
        String script = "while kill -0 " + me + " 2>/dev/null; do sleep 1; done; "
                + "'" + payara.asadmin() + "' undeploy newsdesk >/dev/null 2>&1; "
                + "'" + payara.asadmin() + "' stop-domain --kill=true " + PayaraServer.DOMAIN + " >/dev/null 2>&1; "
                + "if [ -f '" + pgData + "/postmaster.pid' ]; then kill -INT $(head -1 '" + pgData
                + "/postmaster.pid') 2>/dev/null; fi";
        new ProcessBuilder("setsid", "bash", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * The ledger key of this data directory: made once (48 random bytes, base64) in a file only its owner can
     * read, next to — never inside — the database. Production passes NEWSDESK_AUDIT_KEY instead.
     */
    static String ledgerKey(Path data) throws IOException {
        Path file = data.resolve("audit-ledger.key");
        if (!Files.exists(file)) {
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n");
            say("Made the audit ledger key " + file + " (keep it: without it the ledger cannot be verified)");
        }
        return Files.readString(file).strip();
    }

    static void waitUntilServed(URI uri) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IOException("Newsdesk did not answer at " + uri + " within 3 minutes");
    }

    static void requireFree(int port, String what) throws IOException {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IOException("Port " + port + " (" + what + ") is in use. Stop whatever uses it "
                    + "(see README, Troubleshooting) and start again.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println("[newsdesk] " + line);
    }
}
