package org.newsdesk.shared.control;

import jakarta.ejb.EJBContext;
import org.newsdesk.account.entity.Role;

import java.util.EnumSet;
import java.util.Set;

/** The caller's roles as {@link Role}s, for the rules in the domain objects that take a set of roles. */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Set<Role> of(EJBContext context) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
