package org.newsdesk.shared.push;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.Optional;

/**
 * The websocket an open screen listens on. The handshake is an ordinary request of the logged-in browser (web.xml
 * protects {@code /updates/*}), so only logged-in users get here; the messages carry nothing but "changed", the
 * page fetches what it may see itself.
 */
@ServerEndpoint("/updates/{screen}/{story}")
public class ScreenUpdatesEndpoint {

    private static final String TOPIC = "newsdesk.topic";

    @Inject
    ScreenUpdates updates;

    @OnOpen
    public void open(Session session, @PathParam("screen") String screen, @PathParam("story") String story)
            throws IOException {
        Optional<String> topic = Screen.topic(screen, story,
                session.getUserPrincipal() == null ? null : session.getUserPrincipal().getName());
        if (session.getUserPrincipal() == null || topic.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown screen or not logged in"));
            return;
        }
        session.setMaxIdleTimeout(0);
        session.getUserProperties().put(TOPIC, topic.get());
        updates.watch(topic.get(), session);
    }

    @OnClose
    public void close(Session session) {
        forget(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        forget(session);
    }

    private void forget(Session session) {
        if (session.getUserProperties().get(TOPIC) instanceof String topic) {
            updates.forget(topic, session);
        }
    }
}
