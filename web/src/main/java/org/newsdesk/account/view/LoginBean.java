package org.newsdesk.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.account.security.ChannelCredential;
import org.newsdesk.account.security.LoginGate;
import org.newsdesk.account.security.NewsdeskAuthenticationMechanism;
import org.newsdesk.account.security.PendingLogin;
import org.newsdesk.account.security.SecondStepCredential;
import org.newsdesk.shared.view.Messages;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The login form. A wrong password, an unknown user and a locked or disabled account all get one answer. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String code;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new ChannelCredential(username, password, LoginChannel.UI)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (external.getRequestMap().get(NewsdeskAuthenticationMechanism.SECOND_STEP) != null) {
                    return; // the page now asks for the code
                }
                Object refusal = external.getRequestMap().get(NewsdeskAuthenticationMechanism.REFUSAL);
                if (refusal == LoginGate.Refusal.THROTTLED) {
                    Messages.error(null, "login.throttled", minutesUntilRetry(external));
                } else if (refusal == LoginGate.Refusal.BUSY) {
                    Messages.error(null, "login.busy");
                } else {
                    Messages.error(null, "login.failed");
                }
            }
        }
    }

    /** The second step: the code from the app (or a recovery code) for the login waiting in this session. */
    public void verifyCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new SecondStepCredential(code)));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } else if (external.getRequestMap().get(NewsdeskAuthenticationMechanism.SECOND_STEP_EXPIRED) != null) {
            Messages.error(null, "login.codeExpired");
        } else if (external.getRequestMap().get(NewsdeskAuthenticationMechanism.REFUSAL)
                == LoginGate.Refusal.THROTTLED) {
            Messages.error(null, "login.throttled", minutesUntilRetry(external));
        } else {
            Messages.error(null, "login.codeWrong");
        }
    }

    private static long minutesUntilRetry(ExternalContext external) {
        Instant retryAt = (Instant) external.getRequestMap().get(NewsdeskAuthenticationMechanism.RETRY_AT);
        return Math.max(1, (Duration.between(Instant.now(), retryAt).toSeconds() + 59) / 60);
    }

    /** Back to the first step: the waiting login is dropped. */
    public void cancelCode() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
    }

    /** Whether a login in this session waits for its second step. */
    public boolean isCodeStep() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin pending
                && !pending.expiredAt(Instant.now());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
