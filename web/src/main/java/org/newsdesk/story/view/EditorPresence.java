package org.newsdesk.story.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsdesk.shared.push.Screen;
import org.newsdesk.shared.push.ScreenUpdates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which story open in the editor, so that others see "Anna is editing" live. Each open editor reports
 * itself when it opens and every 20 seconds; an entry not renewed for a minute is gone (a closed tab, a lost
 * network). Every change is pushed to the open editors of the story ({@link ScreenUpdates}); the
 * message only says "look again", the page then asks who else is here. Bounded: at most {@value #MAX_STORIES}
 * stories and {@value #MAX_EDITORS} editors each; stale entries are dropped when the limit is near.
 */
@ApplicationScoped
public class EditorPresence {

    static final Duration EXPIRY = Duration.ofSeconds(60);
    /** Stories tracked at most (far more than are open at once in any newsroom); beyond, stale ones go first. */
    static final int MAX_STORIES = 10_000;
    /** Editors of one story tracked at most. */
    static final int MAX_EDITORS = 200;

    private final Map<String, Map<String, Instant>> editing = new ConcurrentHashMap<>();

    @Inject
    ScreenUpdates screens;

    public void arrive(String storyId, String user) {
        if (editing.size() >= MAX_STORIES && !editing.containsKey(storyId)) {
            forgetStale();
            if (editing.size() >= MAX_STORIES) {
                return; // nobody is told about this one: a display nicety is not worth unbounded memory
            }
        }
        Map<String, Instant> users = editing.computeIfAbsent(storyId, id -> new ConcurrentHashMap<>());
        if (users.size() >= MAX_EDITORS && !users.containsKey(user)) {
            return;
        }
        Instant previous = users.put(user, Instant.now());
        if (previous == null || previous.isBefore(Instant.now().minus(EXPIRY))) {
            screens.changed(Screen.EDITOR, storyId);
        }
    }

    public void leave(String storyId, String user) {
        Map<String, Instant> users = editing.get(storyId);
        if (users != null && users.remove(user) != null) {
            screens.changed(Screen.EDITOR, storyId);
        }
    }

    /** Drops every entry not renewed within the expiry, and stories nobody edits any more. */
    void forgetStale() {
        Instant cutoff = Instant.now().minus(EXPIRY);
        editing.values().forEach(users -> users.values().removeIf(seen -> seen.isBefore(cutoff)));
        editing.values().removeIf(Map::isEmpty);
    }

    int trackedStories() {
        return editing.size();
    }

    /** The others with the story open right now, sorted by name. */
    public List<String> others(String storyId, String me) {
        Instant cutoff = Instant.now().minus(EXPIRY);
        Map<String, Instant> users = editing.getOrDefault(storyId, Map.of());
        users.values().removeIf(seen -> seen.isBefore(cutoff));
        return users.keySet().stream().filter(user -> !user.equals(me)).sorted().toList();
    }
}
