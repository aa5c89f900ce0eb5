package org.newsdesk.account.entity;

/**
 * The names of the {@link Role}s as compile-time constants, for {@code @RolesAllowed} (annotations cannot name an
 * enum constant's name). RolesTest keeps them equal to the enum.
 */
public final class Roles {

    public static final String REPORTER = "REPORTER";
    public static final String EDITOR = "EDITOR";
    public static final String FACT_CHECKER = "FACT_CHECKER";
    public static final String CHIEF_EDITOR = "CHIEF_EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
