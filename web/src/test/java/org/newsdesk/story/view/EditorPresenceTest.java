package org.newsdesk.story.view;

import org.junit.jupiter.api.Test;
import org.newsdesk.shared.push.ScreenUpdates;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorPresenceTest {

    private static EditorPresence presence() {
        EditorPresence presence = new EditorPresence();
        presence.screens = new ScreenUpdates();
        return presence;
    }

    @Test
    void othersSeeWhoHasTheStoryOpen() {
        EditorPresence presence = presence();
        presence.arrive("s1", "anna");
        presence.arrive("s1", "ben");
        assertEquals(List.of("ben"), presence.others("s1", "anna"));
        presence.leave("s1", "ben");
        assertEquals(List.of(), presence.others("s1", "anna"));
    }

    @Test
    void aFloodOfInventedStoriesAndEditorsStaysBounded() {
        EditorPresence presence = presence();
        for (int i = 0; i < EditorPresence.MAX_STORIES * 3; i++) {
            presence.arrive("invented-" + i, "mallory");
        }
        assertEquals(EditorPresence.MAX_STORIES, presence.trackedStories());
        for (int i = 0; i < EditorPresence.MAX_EDITORS * 3; i++) {
            presence.arrive("invented-1", "sock-puppet-" + i);
        }
        assertTrue(presence.others("invented-1", "nobody").size() <= EditorPresence.MAX_EDITORS);
    }
}
