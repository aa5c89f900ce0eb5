package org.newsdesk.shared.migration;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Runs the versioned SQL migrations of {@code db/migration} while Hibernate builds its session factory: after the
 * datasource is known and before schema validation or any entity manager exists. Deployment therefore fails
 * loudly when a migration fails, and no code ever sees an old schema.
 * <p>
 * Migrations run as the schema's owner ({@code NEWSDESK_DB_OWNER_USER}/{@code NEWSDESK_DB_OWNER_PASSWORD} on
 * {@code NEWSDESK_DB_URL}, connected only for this); the application itself connects as a runtime role, which is then granted exactly what it needs (see {@link RuntimeGrants}) — in particular only
 * SELECT and INSERT on the audit ledger, and never the ownership that could switch its triggers off.
 */
public class FlywayIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource application = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        String ownerUser = System.getenv("NEWSDESK_DB_OWNER_USER");
        if (ownerUser == null || ownerUser.isBlank()) {
            // production may start without the owner's password once the schema is current: then the server
            // holds no credential that could switch the ledger's triggers off (Hibernate still validates)
            LOG.warning("NEWSDESK_DB_OWNER_USER is not set: no migrations now; the schema must be current");
        } else {
            DataSource owner = owner(ownerUser);
            var result = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied now)");
            try (Connection ownerConnection = owner.getConnection();
                 Connection applicationConnection = application.getConnection()) {
                String runtimeRole = currentUser(applicationConnection);
                if (!runtimeRole.equals(currentUser(ownerConnection))) {
                    RuntimeGrants.grant(ownerConnection, runtimeRole);
                    LOG.info(() -> "Granted the runtime role " + runtimeRole + " its privileges");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot grant the runtime role its privileges", e);
            }
        }
        try (Connection applicationConnection = application.getConnection()) {
            RuntimeGrants.warnIfPowerful(applicationConnection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the runtime role", e);
        }
    }

    /** The owner, from the server's environment like the application's own datasource (application.xml). */
    private static DataSource owner(String user) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(required("NEWSDESK_DB_URL"));
        owner.setUser(user);
        owner.setPassword(required("NEWSDESK_DB_OWNER_PASSWORD"));
        return owner;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: Newsdesk migrates its schema as the schema's"
                    + " owner and runs as a separate runtime role (README, 'Database roles')");
        }
        return value;
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to release
    }
}
