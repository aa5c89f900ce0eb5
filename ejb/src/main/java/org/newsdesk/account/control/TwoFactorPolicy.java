package org.newsdesk.account.control;

import org.newsdesk.account.entity.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which roles must log in with a second factor ({@code newsdesk.2fa.required-roles}): comma-separated role names,
 * or {@code none}. Production default: ADMIN and CHIEF_EDITOR — the accounts that manage accounts and approve
 * publication.
 */
public final class TwoFactorPolicy {

    public static final String PROPERTY = "newsdesk.2fa.required-roles";
    public static final String DEFAULT = "ADMIN,CHIEF_EDITOR";

    private TwoFactorPolicy() {
    }

    /** @throws IllegalArgumentException naming a word that is no role */
    public static Set<Role> parse(String configured) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("none")) {
            return roles;
        }
        for (String name : value.split(",")) {
            String role = name.strip().toUpperCase(Locale.ROOT);
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + ": '" + name.strip() + "' is no role; known: "
                        + java.util.Arrays.toString(Role.values()) + " or none", e);
            }
        }
        return roles;
    }

    /** Whether an account holding these roles must use a second factor. */
    public static boolean requiredFor(Collection<Role> held, Set<Role> required) {
        return held.stream().anyMatch(required::contains);
    }
}
