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
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.shared.rest.Problems;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How a request proves who sends it. Jakarta Security 3 allows one mechanism per application, so this one serves
 * both channels:
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every call, never the session cookie (so that a logged-in browser cannot
 *   be tricked into API calls). Without valid credentials: 401 problem+json with
 *   {@code WWW-Authenticate: Basic realm="newsdesk"}.</li>
 *   <li>Screens: the login page hands the credential over through {@code SecurityContext.authenticate}; on
 *   success the session id changes (no fixation) and the caller is kept in the session. Every later request
 *   re-reads roles and the enabled flag, so a disabled account is out at its next click.</li>
 * </ul>
 */
@ApplicationScoped
public class NewsdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = NewsdeskAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AccountService accounts;

    /** The caller kept in the HTTP session after a form login. */
    record SessionCaller(String username) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            Set<String> roles = accounts.activeRoles(caller.username()).orElse(null);
            if (roles != null) {
                return context.notifyContainerAboutLogin(caller.username(), roles);
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return challenge(response, "Authentication required: use HTTP Basic with a Newsdesk user name and password.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        String username = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? null : decoded.substring(colon + 1);
        CredentialValidationResult result = identityStores.validate(
                new ChannelCredential(username, password == null ? "" : password, LoginChannel.API));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, "The user name or password is not valid.");
        }
        return context.notifyContainerAboutLogin(result);
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
