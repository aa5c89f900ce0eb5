package org.newsdesk.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.account.control.PasswordHasher;
import org.newsdesk.account.control.PasswordPolicy;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the five demo accounts (admin, reporter, editor, checker, chief) at the first start of a laptop
 * installation: only when {@code newsdesk.demo.accounts} is true (the run command sets it; production does not)
 * and only while the database has no account at all.
 */
@Singleton
@Startup
public class DemoAccounts {

    /** The demo password when {@code NEWSDESK_DEMO_PASSWORD} is not set; written in the README. */
    public static final String DEFAULT_PASSWORD = "newsdesk-demo";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    private static final Map<String, List<Role>> ACCOUNTS = Map.of(
            "admin", List.of(Role.ADMIN),
            "reporter", List.of(Role.REPORTER),
            "editor", List.of(Role.EDITOR),
            "checker", List.of(Role.FACT_CHECKER),
            "chief", List.of(Role.CHIEF_EDITOR));
    private static final Map<String, String> NAMES = Map.of(
            "admin", "Admin", "reporter", "Rita Reporter", "editor", "Erik Editor",
            "checker", "Clara Checker", "chief", "Christa Chief");

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "newsdesk.demo.accounts", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "newsdesk.demo.password")
    Optional<String> password;

    @PostConstruct
    void createWhenEmpty() {
        if (!enabled) {
            return;
        }
        long accounts = em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String secret = password.filter(p -> !p.isBlank()).orElse(DEFAULT_PASSWORD);
        PasswordPolicy.weakness(secret).ifPresent(weakness -> {
            throw new IllegalStateException("NEWSDESK_DEMO_PASSWORD " + weakness);
        });
        PasswordHasher hasher = new PasswordHasher();
        Instant now = Instant.now();
        ACCOUNTS.keySet().stream().sorted().forEach(name -> {
            em.persist(new Account(name, NAMES.get(name), hasher.hash(secret), ACCOUNTS.get(name), now));
            audit.recordAs(AuditLog.SYSTEM, AuditAction.ACCOUNT_CREATED, null, "account", name,
                    Map.of("roles", ACCOUNTS.get(name), "demo", true));
        });
        LOG.info("Created the demo accounts admin, reporter, editor, checker and chief");
    }
}
