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
    HISTORY("history");

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

    /** The topic named by a websocket path, when the screen exists and the story id is a UUID. */
    static Optional<String> topic(String screen, String storyId) {
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
