package org.newsdesk.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Committed changes of stories, for listeners in the web module (open screens). CDI events fired in this module do
 * not reach observers in the web module (an EAR's EJB module does not see the WAR's beans), so the web module
 * subscribes here; this bean hears the events only after their transaction committed, never before.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    private final List<Consumer<StoryChanged>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<InboxChanged>> inboxListeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<StoryChanged> listener) {
        listeners.add(listener);
    }

    public void subscribeInbox(Consumer<InboxChanged> listener) {
        inboxListeners.add(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged change) {
        for (Consumer<InboxChanged> listener : inboxListeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an inbox listener failed", e);
            }
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged change) {
        for (Consumer<StoryChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // a listener's trouble must neither reach the caller (its change is committed) nor the others
                LOG.log(Level.WARNING, "a change listener failed", e);
            }
        }
    }
}
