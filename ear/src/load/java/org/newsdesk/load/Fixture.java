package org.newsdesk.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeded newsroom the load works on: one API token per role, the stories (each saved by one editor at a time:
 * an editor takes a story from the free ones and gives it back after the answer, so no two saves race on the same
 * base and every save is a real new revision), and the stories' claims.
 */
final class Fixture {

    final String editorAuth;
    final String reporterAuth;
    final String checkerAuth;
    final List<LoadStory> stories;
    private final ConcurrentLinkedQueue<LoadStory> free;

    Fixture(String editorToken, String reporterToken, String checkerToken, List<LoadStory> stories) {
        this.editorAuth = "Bearer " + editorToken;
        this.reporterAuth = "Bearer " + reporterToken;
        this.checkerAuth = "Bearer " + checkerToken;
        this.stories = List.copyOf(stories);
        this.free = new ConcurrentLinkedQueue<>(stories);
    }

    /** A story no other editor is saving right now, or null when all are taken (the load exceeds the stories). */
    LoadStory take() {
        return free.poll();
    }

    void giveBack(LoadStory story) {
        free.offer(story);
    }

    LoadStory any() {
        return stories.get(ThreadLocalRandom.current().nextInt(stories.size()));
    }

    /** A story with claims, for a fact-checker to rate one. */
    LoadStory anyWithClaims() {
        for (int tries = 0; tries < 100; tries++) {
            LoadStory story = any();
            if (!story.claimIds.isEmpty()) {
                return story;
            }
        }
        throw new IllegalStateException("no story has claims");
    }
}
