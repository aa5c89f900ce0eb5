package org.newsdesk.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * PostgreSQL from Maven (zonky's embedded binaries), listening on 127.0.0.1 only, with its data in a folder that
 * survives restarts. Creates the database {@code newsdesk}, its owner role {@code newsdesk} and the runtime role
 * {@code newsdesk_app} on first start (the runtime role also on a data directory from before it existed). A server left running by a
 * killed earlier run (its {@code postmaster.pid} names a live process) is shut down first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "newsdesk";
    /** The schema owner: runs the migrations. */
    public static final String USER = "newsdesk";
    public static final String PASSWORD = "newsdesk";
    /** The runtime role Newsdesk connects as: no ownership, only SELECT and INSERT on the audit ledger. */
    public static final String RUNTIME_USER = "newsdesk_app";
    public static final String RUNTIME_PASSWORD = "newsdesk_app";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param clean   start from an empty data directory (tests) or keep what is there (the run command)
     * @param durable write-ahead log flushed to disk on commit (the run command: the newsroom's data);
     *                the tests trade that for speed
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean, boolean durable)
            throws IOException {
        return start(dataDirectory, port, clean, durable, java.util.Map.of());
    }

    /** The same, with further server settings (such as {@code shared_preload_libraries} for the load benchmark). */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean, boolean durable,
                                         java.util.Map<String, String> settings) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        stopLeftover(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        settings.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
        database.createApplicationDatabase();
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            createRole(sql, USER, PASSWORD);
            createRole(sql, RUNTIME_USER, RUNTIME_PASSWORD);
            try (ResultSet db = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!db.next()) {
                    sql.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot prepare the newsdesk database", e);
        }
    }

    private static void createRole(Statement sql, String name, String password) throws SQLException {
        try (ResultSet role = sql.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
            if (!role.next()) {
                sql.execute("create role " + name + " login password '" + password + "'");
            }
        }
    }

    /** Shuts down a PostgreSQL that a killed earlier run left on this data directory. */
    static void stopLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (leftover.isPresent() && leftover.get().isAlive()) {
            LOG.warning("Stopping the PostgreSQL left running by an earlier run (pid " + leftover.get().pid() + ")");
            signal("INT", leftover.get().pid());
            waitForExit(leftover.get(), Duration.ofSeconds(30));
        }
    }

    static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
