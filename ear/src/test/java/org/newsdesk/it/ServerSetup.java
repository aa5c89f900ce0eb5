package org.newsdesk.it;

import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Configures the tests' Payara Server once the first deployment is in, before any test runs: like the run command, it
 * requires two-factor login of no role (the demo accounts log in with a password). Set in the domain's
 * configuration rather than the environment, so that a test can require it of a role for a while
 * ({@link NewsdeskDeployment#requireTwoFactorOf}); MicroProfile Config is read afresh on each use (no cache).
 */
public class ServerSetup implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Configurer.class);
    }

    /** After the first deployment, before any test runs (the server is surely up by then). */
    public static class Configurer {

        private static boolean done;

        public synchronized void configure(@Observes AfterDeploy deployed) {
            if (done) {
                return;
            }
            try {
                Payara.asadmin("set-config-cache", "--duration=0");
                NewsdeskDeployment.requireTwoFactorOf("none");
                done = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
