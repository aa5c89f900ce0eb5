package org.newsdesk.account.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.PasswordService;
import org.newsdesk.account.security.NewsdeskAuthenticationMechanism;
import org.newsdesk.shared.view.Messages;

import java.io.IOException;

/**
 * Changing one's own password, also the page an account whose password was reset is held on. On success the
 * session gets a new id and every other session of the account ends.
 */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    PasswordService passwords;

    @EJB
    AccountService accounts;


    private String current;
    private String next;
    private String repeat;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (next == null || !next.equals(repeat)) {
            Messages.error("password:repeat", "password.mismatch");
            return;
        }
        if (passwords.changeOwn(current, next) == PasswordService.Change.WRONG_CURRENT) {
            Messages.error("password:current", "password.wrongCurrent");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        NewsdeskAuthenticationMechanism.startSession(request, external.getRemoteUser());
        Messages.info("password.changed");
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Whether an admin reset the password, so that a new one must be chosen before anything else. */
    public boolean isMustChange() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user != null && accounts.active(user).map(a -> a.mustChangePassword()).orElse(false);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
