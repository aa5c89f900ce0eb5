package org.newsdesk.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.newsdesk.run.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts the embedded PostgreSQL of the integration tests once per test run, before Arquillian starts Payara
 * (which reaches it through NEWSDESK_DB_URL, set by failsafe), and stops it at the end. Fresh data every run.
 * Active only in failsafe's run ({@code newsdesk.it=true}).
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("newsdesk.it")) {
            return;
        }
        try {
            Path data = Path.of(System.getenv("NEWSDESK_DATA")).resolve("postgres");
            deleteTree(Path.of(System.getenv("NEWSDESK_CHECKPOINT_DIR"))); // they belong to the old ledger
            database = EmbeddedDatabase.start(data, Integer.parseInt(System.getenv("NEWSDESK_DB_PORT")), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test database", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
