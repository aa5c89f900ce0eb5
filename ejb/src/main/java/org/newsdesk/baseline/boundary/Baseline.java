package org.newsdesk.baseline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Roles;

/**
 * The floor under a save for the load benchmark: one container transaction on the same datasource with one JDBC
 * insert of the save's bytes, committed durably. No audit event: these rows are measurement, not newsroom work, and
 * {@link #enabled()} is false unless the server runs with {@code NEWSDESK_BENCHMARK=true}.
 */
@Stateless
public class Baseline {

    /** Whether the baseline answers at all (otherwise its endpoint is 404). */
    public static boolean enabled() {
        return "true".equalsIgnoreCase(System.getenv("NEWSDESK_BENCHMARK"));
    }

    @PersistenceContext
    EntityManager em;

    /** Inserts {@code body} as one row; returns its id. */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.CHIEF_EDITOR})
    public long write(byte[] body) {
        if (!enabled()) {
            throw new IllegalStateException("the load baseline is off (NEWSDESK_BENCHMARK is not true)");
        }
        return ((Number) em.createNativeQuery("insert into load_baseline (body) values (?1) returning id")
                .setParameter(1, body)
                .getSingleResult()).longValue();
    }
}
