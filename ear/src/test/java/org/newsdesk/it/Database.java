package org.newsdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC access to the test database, as its owner would have it: for what no API may do. */
public final class Database {

    private Database() {
    }

    /** As the schema's owner, who can do what the application cannot (e.g. switch a trigger off). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("NEWSDESK_DB_URL"), System.getenv("NEWSDESK_DB_OWNER_USER"),
                System.getenv("NEWSDESK_DB_OWNER_PASSWORD"));
    }

    /** As the runtime role Newsdesk itself connects as. */
    public static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(System.getenv("NEWSDESK_DB_URL"), System.getenv("NEWSDESK_DB_USER"),
                System.getenv("NEWSDESK_DB_PASSWORD"));
    }
}
