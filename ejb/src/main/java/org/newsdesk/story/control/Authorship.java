package org.newsdesk.story.control;

import jakarta.persistence.EntityManager;
import org.newsdesk.story.entity.Revision;
import org.newsdesk.story.entity.Story;

/**
 * "Is an author of this story": whoever created it or saved any revision of it, whatever roles they hold today. One
 * rule for who may save a story, who may submit it, and who may not approve it (four eyes).
 */
public final class Authorship {

    private final EntityManager em;

    public Authorship(EntityManager em) {
        this.em = em;
    }

    /** Everybody who is an author of the story. */
    public java.util.Set<String> authors(Story story) {
        java.util.Set<String> authors = new java.util.LinkedHashSet<>();
        authors.add(story.getCreatedBy());
        authors.addAll(em.createNamedQuery(Revision.AUTHORS, String.class).setParameter("story", story.getId())
                .getResultList());
        return authors;
    }

    public boolean isAuthor(Story story, String user) {
        return story.getCreatedBy().equals(user) || !em.createNamedQuery(Revision.BY_AUTHOR, Integer.class)
                .setParameter("story", story.getId())
                .setParameter("author", user)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
