package org.newsdesk.shared.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.newsdesk.account.entity.Role;
import org.newsdesk.story.boundary.StoryService;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** Who is logged in, which roles they hold (for menus), and logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @EJB
    StoryService stories;

    private Boolean creator;

    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** True when the user holds any of the comma-separated roles. */
    public boolean hasAnyRole(String roles) {
        return Stream.of(roles.split(",")).map(String::strip).anyMatch(security::isCallerInRole);
    }

    public List<String> getRoles() {
        return Stream.of(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
    }

    /** Whether the user may start stories (new, import): the service's own rule, asked once per request. */
    public boolean isWriter() {
        if (creator == null) {
            creator = stories.mayCreate();
        }
        return creator;
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
