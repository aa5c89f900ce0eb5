package org.newsdesk.shared.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.newsdesk.shared.boundary.ChangeFeed;
import org.newsdesk.shared.boundary.StoryChanged;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which open screens watch which story, and telling them that something changed. Committed changes of a story's
 * text or claims arrive through the services' {@link ChangeFeed} (whoever made them: a screen, the API, a restore);
 * call {@link #changed} directly only for what is not a stored change (who has the editor open).
 */
@ApplicationScoped
public class ScreenUpdates {

    static final String CHANGED = "changed";
    /** The close code of a socket whose user's login ended (application range 4000–4999). */
    public static final int SESSION_ENDED = 4401;
    private static final Logger LOG = Logger.getLogger(ScreenUpdates.class.getName());

    private final Map<String, Set<Session>> watchers = new ConcurrentHashMap<>();

    @Inject
    ChangeFeed feed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        feed.subscribe(this::committed);
        feed.subscribeInbox(change -> change.users().forEach(user -> send(Screen.inbox(user))));
    }

    /** Text and claims are what the fact-check screen shows; the editor shows the workflow too, history the moves. */
    void committed(StoryChanged change) {
        changed(Screen.FACTCHECK, change.storyId());
        changed(Screen.EDITOR, change.storyId());
        if (change.aspect() != StoryChanged.Aspect.CLAIMS) {
            changed(Screen.HISTORY, change.storyId());
            // desks and boards show moves and headlines; a comment or a rating waits for the next move or reload
            send(Screen.DESK.path() + "/" + Screen.ALL);
        }
    }

    void watch(String topic, Session session) {
        watchers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(String topic, Session session) {
        watchers.computeIfPresent(topic, (t, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /**
     * Closes every live-update socket of a user whose logins end while their sessions live on (a changed or reset
     * password, a disabled account; a logout or an expired session closes its own sockets, the container does) with
     * {@value #SESSION_ENDED}: each page then tries once to reconnect and, when
     * its own session is over, reloads — onto the login page. Pages whose session lives on simply reconnect.
     */
    public void endSessionsOf(String username) {
        for (Set<Session> sessions : watchers.values()) {
            for (Session session : sessions) {
                if (session.isOpen() && session.getUserPrincipal() != null
                        && session.getUserPrincipal().getName().equals(username)) {
                    try {
                        session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(SESSION_ENDED),
                                "session ended"));
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.FINE, "closing a screen's socket failed", e);
                    }
                }
            }
        }
    }

    /** Tells every open screen of this kind showing the story to look again. */
    public void changed(Screen screen, String storyId) {
        send(screen.topic(storyId));
    }

    private void send(String topic) {
        for (Session session : watchers.getOrDefault(topic, Set.of())) {
            if (!session.isOpen()) {
                forget(topic, session);
                continue;
            }
            try {
                session.getAsyncRemote().sendText(CHANGED);
            } catch (RuntimeException e) {
                // one broken socket must not keep the others from hearing about it; the page reconnects and reloads
                LOG.log(Level.FINE, "push to a closed screen failed", e);
                forget(topic, session);
            }
        }
    }
}
