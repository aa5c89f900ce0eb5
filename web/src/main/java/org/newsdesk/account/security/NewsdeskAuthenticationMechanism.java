package org.newsdesk.account.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.ActiveAccount;
import org.newsdesk.account.boundary.Authenticated;
import org.newsdesk.account.boundary.TwoFactorService;
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.shared.http.AccessDenied;
import org.newsdesk.shared.http.RequestOrigin;
import org.newsdesk.shared.rest.Problems;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.Base64;

/**
 * How a request proves who sends it. Jakarta Security 3 allows one mechanism per application, so this one serves
 * both channels:
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every call, never the session cookie (so that a logged-in browser cannot
 *   be tricked into API calls). Without valid credentials: 401 problem+json with
 *   {@code WWW-Authenticate: Basic realm="newsdesk"}. A state-changing call from another site's page (its
 *   {@code Origin} or {@code Sec-Fetch-Site} says so) is refused with 403 before any credential is checked, because
 *   a browser may hold cached Basic credentials.</li>
 *   <li>Screens: the login page hands the credential over through {@code SecurityContext.authenticate}; on
 *   success the session id changes (no fixation) and the caller is kept in the session. Every later request
 *   re-reads roles and the enabled flag, so a disabled account is out at its next click; a session also ends
 *   when the account's password is changed or reset after it logged in, and after {@code newsdesk.session.max-hours}
 *   whatever its activity. An account whose password an admin reset sees only the page to choose a new one.</li>
 * </ul>
 */
@ApplicationScoped
public class NewsdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = NewsdeskAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Where an account whose password was reset chooses a new one; the only page it may see until then. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** Where an account whose role requires two-factor login sets it up; the only page it may see until then. */
    public static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";
    private static final String API_PASSWORD = "/api/me/password";
    /** Request attribute: the password was right and the login waits for its second step. */
    public static final String SECOND_STEP = NewsdeskAuthenticationMechanism.class.getName() + ".secondStep";
    /** Request attribute: the second step came too late (or without a first). */
    public static final String SECOND_STEP_EXPIRED = NewsdeskAuthenticationMechanism.class.getName() + ".expired";
    /** Request attribute: the {@link LoginGate.Refusal} of an attempt that was turned away unchecked. */
    public static final String REFUSAL = NewsdeskAuthenticationMechanism.class.getName() + ".refusal";
    /** Request attribute: the {@link Instant} after which a refused attempt may be repeated. */
    public static final String RETRY_AT = NewsdeskAuthenticationMechanism.class.getName() + ".retryAt";
    private static final Logger LOG = Logger.getLogger(NewsdeskAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AccountService accounts;

    @EJB
    TwoFactorService twoFactor;

    @Inject
    LoginGate gate;

    @Inject
    RequestOrigin origins;

    @Inject
    @ConfigProperty(name = "newsdesk.session.max-hours", defaultValue = "12")
    int sessionHours;

    /** The caller kept in the HTTP session after a form login, and when they logged in. */
    public record SessionCaller(String username, Instant loginAt) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            try {
                return basic(request, response, context, path);
            } catch (RuntimeException e) {
                // e.g. the database gone while checking a credential: problem+json as everywhere in the API
                try {
                    Problems.writeServerError(response, e);
                } catch (IOException io) {
                    e.addSuppressed(io);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof SecondStepCredential code) {
            return secondStep(request, context, code);
        }
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = check(request, credential);
            if (result == null || result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (AccountIdentityStore.secondStepRequired(result)) {
                request.getSession().setAttribute(PendingLogin.ATTRIBUTE,
                        new PendingLogin(result.getCallerPrincipal().getName(), Instant.now()));
                request.setAttribute(SECOND_STEP, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            startSession(request, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(),
                    AccountIdentityStore.roles(result));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            ActiveAccount active = accounts.active(caller.username()).orElse(null);
            Instant now = Instant.now();
            if (active != null && active.acceptsSessionFrom(caller.loginAt())
                    && now.isBefore(caller.loginAt().plus(sessionLifetime()))) {
                if (active.mustChangePassword() && !path.equals(PASSWORD_PAGE)) {
                    return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                }
                if (!active.mustChangePassword() && active.mustEnrollTwoFactor() && !path.equals(TWO_FACTOR_PAGE)) {
                    return context.redirect(request.getContextPath() + TWO_FACTOR_PAGE);
                }
                return context.notifyContainerAboutLogin(caller.username(), active.roles());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The second step of a screen login: the code for the login whose password was right in this session (at
     * most 5 minutes ago). Throttled per address like a password; a wrong code counts against the account.
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context,
                                            SecondStepCredential code) {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
        if (pending == null || pending.expiredAt(Instant.now())) {
            if (session != null) {
                session.removeAttribute(PendingLogin.ATTRIBUTE);
            }
            request.setAttribute(SECOND_STEP_EXPIRED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String address = origins.clientAddress(request);
        Optional<Instant> blocked = gate.blockedUntil(address);
        if (blocked.isPresent()) {
            request.setAttribute(REFUSAL, LoginGate.Refusal.THROTTLED);
            request.setAttribute(RETRY_AT, blocked.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Authenticated> who = twoFactor.secondStep(pending.username(), code.code());
        if (who.isEmpty()) {
            gate.failed(address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        request.changeSessionId();
        startSession(request, who.get().username());
        return context.notifyContainerAboutLogin(who.get().username(),
                who.get().roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Keeps the caller in the session from now on: after a login, and after the user changed their own password
     * (which ends every session that logged in before — the one that did it starts anew, with a new id).
     */
    public static void startSession(HttpServletRequest request, String username) {
        request.getSession().setAttribute(SESSION_CALLER, new SessionCaller(username, Instant.now()));
    }

    private Duration sessionLifetime() {
        return Duration.ofHours(sessionHours);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String path) {
        if (origins.crossSite(request)) {
            // before any credential is looked at: another site's page must not even spend a login attempt
            AccessDenied.log(request, null, origins.clientAddress(request), "cross-site request");
            try {
                Problems.write(response, 403, "Forbidden",
                        "A request from another site's page may not change anything.");
            } catch (IOException e) {
                throw new IllegalStateException("cannot answer the request", e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String header = request.getHeader("Authorization");
        Credential credential;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            credential = new TokenCredential(header.substring(7).strip());
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            credential = basicCredential(header);
        } else {
            return challenge(response, "Authentication required: use HTTP Basic with a Newsdesk user name and "
                    + "password, or a personal API token (Authorization: Bearer).");
        }
        CredentialValidationResult result = check(request, credential);
        if (result == null) {
            return refuse(request, response);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, credential instanceof TokenCredential
                    ? "The API token is not valid (unknown, expired or revoked)."
                    : "The user name or password is not valid.");
        }
        if (AccountIdentityStore.mustChangePassword(result)
                && !(path.equals(API_PASSWORD) && "PUT".equals(request.getMethod()))) {
            AccessDenied.log(request, result.getCallerPrincipal().getName(), origins.clientAddress(request),
                    "password must be changed first");
            try {
                Problems.write(response, 403, "Forbidden", "An admin reset this account's password: choose a new "
                        + "one first (PUT /api/me/password with the temporary password as \"current\").");
            } catch (IOException e) {
                throw new IllegalStateException("cannot answer the request", e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(),
                AccountIdentityStore.roles(result));
    }

    private static Credential basicCredential(String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        String username = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? null : decoded.substring(colon + 1);
        return new ChannelCredential(username, password == null ? "" : password, LoginChannel.API);
    }

    /**
     * Checks a credential through the gate: null (and {@link #REFUSAL} set on the request) when the attempt was
     * turned away unchecked, because its address is throttled or no hashing slot is free.
     */
    private CredentialValidationResult check(HttpServletRequest request, Credential credential) {
        String address = origins.clientAddress(request);
        Optional<Instant> blocked = gate.blockedUntil(address);
        if (blocked.isPresent()) {
            request.setAttribute(REFUSAL, LoginGate.Refusal.THROTTLED);
            request.setAttribute(RETRY_AT, blocked.get());
            return null;
        }
        if (!gate.enter()) {
            request.setAttribute(REFUSAL, LoginGate.Refusal.BUSY);
            request.setAttribute(RETRY_AT, Instant.now().plusSeconds(5));
            return null;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } finally {
            gate.leave();
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.info(() -> "Authentication failed from " + address);
            gate.failed(address);
        }
        return result;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        boolean throttled = request.getAttribute(REFUSAL) == LoginGate.Refusal.THROTTLED;
        Instant retryAt = (Instant) request.getAttribute(RETRY_AT);
        long seconds = Math.max(1, Duration.between(Instant.now(), retryAt).toSeconds());
        try {
            response.setHeader("Retry-After", Long.toString(seconds));
            if (throttled) {
                Problems.write(response, 429, "Too Many Requests",
                        "Too many failed logins from this address; try again in " + seconds + " seconds.");
            } else {
                Problems.write(response, 503, "Service Unavailable",
                        "The server is busy checking other logins; try again in " + seconds + " seconds.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer the request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"newsdesk\"");
            Problems.write(response, 401, "Unauthorized", detail);
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer the request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
