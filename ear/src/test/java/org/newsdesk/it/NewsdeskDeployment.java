package org.newsdesk.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.net.URI;

/** The one deployment of every end-to-end test: the packaged newsdesk.ear, exactly as it ships. */
public final class NewsdeskDeployment {

    public static final URI BASE = URI.create("http://localhost:8080/");
    public static final String DEMO_PASSWORD = System.getenv("NEWSDESK_DEMO_PASSWORD");

    private NewsdeskDeployment() {
    }

    /** The configuration property naming the roles that must use two-factor login. */
    public static final String TWO_FACTOR_ROLES = "newsdesk.2fa.required-roles";

    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "newsdesk.ear")
                .importFrom(new File(System.getProperty("newsdesk.ear")))
                .as(EnterpriseArchive.class);
    }

    /** Sets the roles that must use two-factor login ("none", or e.g. "FACT_CHECKER"). */
    public static void requireTwoFactorOf(String roles) throws java.io.IOException, InterruptedException {
        Payara.asadmin("set-config-property", "--source=domain", "--propertyName=" + TWO_FACTOR_ROLES,
                "--propertyValue=" + roles);
    }
}
