package org.newsdesk.shared.push;

import java.util.Optional;
import java.util.UUID;

/** The screens that listen for changes of one story. */
public enum Screen {
    /** The fact-check screen: claims, ratings and saved revisions. */
    FACTCHECK("factcheck"),
    /** The story editor: who else has the story open, and newer revisions. */
    EDITOR("editor"),
    /** History and compare: the list of revisions. */
    HISTORY("history"),
    /** My desk and the board: every move of every story ({@link #ALL} instead of a story id). */
    DESK("desk"),
    /** The header of every page: the user's own notifications ({@link #ME} instead of a story id). */
    INBOX("inbox");

    /** The one topic of {@link #DESK}. */
    public static final String ALL = "all";
    /** The path of {@link #INBOX}: always the logged-in user's own. */
    public static final String ME = "me";

    private final String path;

    Screen(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The topic of this screen for one story, as used in the websocket path. */
    public String topic(String storyId) {
        return path + "/" + storyId.toLowerCase(java.util.Locale.ROOT);
    }

    /** The topic of a user's notifications. */
    public static String inbox(String user) {
        return INBOX.path + "/" + user;
    }

    /**
     * The topic named by a websocket path, when the screen exists and the story id is a UUID; the desk's one topic;
     * the inbox of the user who opens it (nobody listens to somebody else's).
     */
    static Optional<String> topic(String screen, String storyId, String user) {
        if (DESK.path.equals(screen)) {
            return ALL.equals(storyId) ? Optional.of(DESK.path + "/" + ALL) : Optional.empty();
        }
        if (INBOX.path.equals(screen)) {
            return ME.equals(storyId) && user != null ? Optional.of(inbox(user)) : Optional.empty();
        }
        for (Screen candidate : values()) {
            if (candidate.path.equals(screen)) {
                try {
                    UUID.fromString(storyId);
                    return Optional.of(candidate.topic(storyId));
                } catch (IllegalArgumentException | NullPointerException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
