package org.newsdesk.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server spent around a run: CPU time of the Payara JVM and of PostgreSQL (the postmaster, its live
 * backends and the children it reaped), WAL bytes written, and statements executed (pg_stat_statements, when the
 * database was started with it; the probe's own queries are left out).
 */
final class ServerProbe implements AutoCloseable {

    /** One reading. */
    record Reading(double payaraCpuSeconds, double postgresCpuSeconds, long walBytes, long statements) {

        Reading minus(Reading before) {
            return new Reading(payaraCpuSeconds - before.payaraCpuSeconds,
                    postgresCpuSeconds - before.postgresCpuSeconds, walBytes - before.walBytes,
                    statements - before.statements);
        }
    }

    /** A statement and how often it ran in a run. */
    record StatementCount(long calls, String query) {
    }

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long payaraPid;
    private final long postmasterPid;
    private final Connection db;
    private final boolean statementStats;

    ServerProbe(Path payaraPidFile, Path postgresData, String jdbcUrl) throws IOException, SQLException {
        this.payaraPid = Long.parseLong(Files.readString(payaraPidFile).strip());
        this.postmasterPid = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).strip());
        this.db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        boolean stats;
        try (Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.executeQuery("select count(*) from pg_stat_statements").close();
            stats = true;
        } catch (SQLException e) {
            stats = false;
        }
        this.statementStats = stats;
    }

    long payaraPid() {
        return payaraPid;
    }

    boolean hasStatementStats() {
        return statementStats;
    }

    Reading read() throws IOException, SQLException {
        return new Reading(cpuSeconds(payaraPid, false), postgresCpuSeconds(), walPosition(), statements());
    }

    /** Forgets the statement counts, so that {@link #topStatements} covers only what runs from now. */
    void resetStatements() throws SQLException {
        if (statementStats) {
            try (Statement sql = db.createStatement()) {
                sql.execute("select pg_stat_statements_reset()");
            }
        }
    }

    List<StatementCount> topStatements(int limit) throws SQLException {
        List<StatementCount> top = new ArrayList<>();
        if (!statementStats) {
            return top;
        }
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select calls, query from pg_stat_statements s join pg_roles r on r.oid = s.userid"
                        + " where r.rolname <> 'postgres' order by calls desc limit " + limit)) {
            while (rows.next()) {
                top.add(new StatementCount(rows.getLong(1), rows.getString(2)));
            }
        }
        return top;
    }

    private long statements() throws SQLException {
        if (!statementStats) {
            return 0;
        }
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(
                "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_roles r on r.oid = s.userid"
                        + " where r.rolname <> 'postgres'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private long walPosition() throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }

    private double postgresCpuSeconds() throws IOException {
        double total = cpuSeconds(postmasterPid, true);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                String[] stat = stat(pid);
                if (stat != null && Long.parseLong(stat[1]) == postmasterPid) {
                    total += cpuSeconds(pid, false);
                }
            }
        }
        return total;
    }

    /** utime + stime of a process (and of its reaped children), in seconds. */
    private static double cpuSeconds(long pid, boolean withChildren) {
        String[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        // fields after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        if (withChildren) {
            ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        }
        return ticks / TICKS;
    }

    /** The fields of /proc/pid/stat after the command name (which may hold spaces), or null. */
    private static String[] stat(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
