package org.newsdesk.story.control;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import org.newsdesk.shared.boundary.ForbiddenException;
import org.newsdesk.shared.control.CallerRoles;
import org.newsdesk.story.entity.Story;

/**
 * The one rule of who may start and change stories ({@link Story#CREATORS}, {@link Story#WRITERS}), applied to the
 * caller: the service refuses with it, the editor screen asks it before offering a form.
 */
public final class StoryAccess {

    private final EntityManager em;
    private final EJBContext context;

    public StoryAccess(EntityManager em, EJBContext context) {
        this.em = em;
        this.context = context;
    }

    /** Whether the caller may change the story's content: an author (whatever roles today), editor, chief editor. */
    public boolean mayWrite(Story story) {
        return Story.WRITERS.includes(CallerRoles.of(context),
                new Authorship(em).isAuthor(story, context.getCallerPrincipal().getName()));
    }

    public boolean mayCreate() {
        return Story.CREATORS.includes(CallerRoles.of(context), false);
    }

    public void requireCreator() {
        if (!mayCreate()) {
            throw new ForbiddenException("Only " + Story.CREATORS.describe() + " may start a story.");
        }
    }

    public void requireWriter(Story story) {
        if (!mayWrite(story)) {
            throw new ForbiddenException("Only " + Story.WRITERS.describe() + " may change this story.");
        }
    }
}
