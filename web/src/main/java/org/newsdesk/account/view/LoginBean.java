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
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.account.security.ChannelCredential;
import org.newsdesk.account.security.LoginGate;
import org.newsdesk.account.security.NewsdeskAuthenticationMechanism;
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
                Object refusal = external.getRequestMap().get(NewsdeskAuthenticationMechanism.REFUSAL);
                if (refusal == LoginGate.Refusal.THROTTLED) {
                    Instant retryAt = (Instant) external.getRequestMap().get(NewsdeskAuthenticationMechanism.RETRY_AT);
                    long minutes = Math.max(1, (Duration.between(Instant.now(), retryAt).toSeconds() + 59) / 60);
                    Messages.error(null, "login.throttled", minutes);
                } else if (refusal == LoginGate.Refusal.BUSY) {
                    Messages.error(null, "login.busy");
                } else {
                    Messages.error(null, "login.failed");
                }
            }
        }
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
