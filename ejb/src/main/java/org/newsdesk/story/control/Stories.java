package org.newsdesk.story.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.story.entity.Story;

import java.util.UUID;

/** A story by the id a client sent: not a story id of ours, or no such story, is "not found" (404). */
public final class Stories {

    private Stories() {
    }

    public static Story get(EntityManager em, String id, LockModeType lock) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound(id);
        }
        Story story = em.find(Story.class, uuid, lock);
        if (story == null) {
            throw notFound(id);
        }
        return story;
    }

    public static Story get(EntityManager em, String id) {
        return get(em, id, LockModeType.NONE);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No story with id '" + id + "'");
    }
}
