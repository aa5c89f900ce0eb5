package org.newsdesk.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.control.AccountRows;
import org.newsdesk.account.control.TokenSecrets;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.ApiToken;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.shared.control.Canonical;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens: each user creates, lists and revokes their own; a script sends one as
 * {@code Authorization: Bearer nd_…} instead of a password. A token expires (1 to 366 days, 90 by default), and
 * an admin's password reset or disabling the account ends them all.
 */
@Stateless
public class TokenService {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 366;
    /** Active tokens one account may hold. */
    public static final int MAX_ACTIVE = 20;
    private static final String ENTITY = "account";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditLog audit;

    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public NewToken create(String name, Integer expiresInDays) {
        Account account = AccountRows.lock(em, caller());
        String label = name == null ? "" : Canonical.text(name).strip();
        if (label.isEmpty() || label.length() > ApiToken.MAX_NAME) {
            throw new InvalidInputException("name", "1 to " + ApiToken.MAX_NAME + " characters: what the token is for");
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("expiresInDays", "from 1 to " + MAX_DAYS + " days");
        }
        long active = em.createNamedQuery(ApiToken.COUNT_ACTIVE, Long.class).setParameter("account", account)
                .getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new InvalidInputException("name", "at most " + MAX_ACTIVE + " active tokens; revoke one first");
        }
        Instant now = Instant.now();
        TokenSecrets.Parts parts = TokenSecrets.generate();
        ApiToken token = new ApiToken(account, label, parts.lookup(), TokenSecrets.hash(parts.secret()), now,
                now.plus(Duration.ofDays(days)));
        em.persist(token);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("token", token.getId());
        details.put("name", label);
        details.put("expiresAt", token.getExpiresAt().toString());
        audit.record(AuditAction.ACCOUNT_TOKEN_CREATED, null, ENTITY, account.getUsername(), details);
        return new NewToken(TokenSummary.of(token), parts.token());
    }

    /** The caller's active tokens, newest first. */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public List<TokenSummary> mine() {
        Instant now = Instant.now();
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", caller())
                .getResultStream().filter(token -> token.opensAt(now)).map(TokenSummary::of).toList();
    }

    /** Revokes one of the caller's own tokens; someone else's is as unknown as a missing one (404). */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public void revoke(long id) {
        Account account = caller();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getAccount().getId().equals(account.getId()) || token.getRevokedAt() != null) {
            throw new NotFoundException("You have no active token " + id);
        }
        token.revoke(Instant.now());
        audit.record(AuditAction.ACCOUNT_TOKEN_REVOKED, null, ENTITY, account.getUsername(),
                Map.of("token", token.getId(), "name", token.getName()));
    }

    /**
     * The owner of a presented token, or empty. Cheap whatever is presented: the form is checked first, then one
     * indexed lookup and one SHA-256. A failure appends one event (like a wrong password); a success none.
     */
    @PermitAll
    public Optional<Authenticated> authenticate(String presented) {
        Optional<TokenSecrets.Parts> parts = TokenSecrets.parse(presented);
        Optional<ApiToken> found = parts.flatMap(p -> em.createNamedQuery(ApiToken.BY_LOOKUP, ApiToken.class)
                .setParameter("lookup", p.lookup()).getResultStream().findFirst());
        Instant now = Instant.now();
        if (found.isEmpty() || !TokenSecrets.matches(parts.get().secret(), found.get().getSecretHash())
                || !found.get().opensAt(now)) {
            String who = found.map(t -> t.getAccount().getUsername()).orElse(AuditLog.ANONYMOUS);
            String reason = found.isEmpty() ? "unknown-token" : found.get().getRevokedAt() != null ? "revoked-token"
                    : "bad-token";
            audit.recordAs(who, AuditAction.ACCOUNT_API_AUTH_FAILED, null, ENTITY, who,
                    Map.of("channel", "token", "reason", reason));
            return Optional.empty();
        }
        ApiToken token = found.get();
        token.usedAt(now);
        Account account = token.getAccount();
        return Optional.of(new Authenticated(account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles()), account.isMustChangePassword(), false));
    }

    private Account caller() {
        return AccountRows.get(em, context.getCallerPrincipal().getName());
    }
}
