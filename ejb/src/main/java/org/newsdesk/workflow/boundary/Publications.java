package org.newsdesk.workflow.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.factcheck.control.CheckStatus;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.boundary.WrongStateException;
import org.newsdesk.story.control.RevisionStore;
import org.newsdesk.story.control.Stories;
import org.newsdesk.story.entity.Revision;
import org.newsdesk.story.entity.RevisionId;
import org.newsdesk.story.entity.Story;
import org.newsdesk.story.entity.StoryContent;
import org.newsdesk.workflow.control.AtomFeed;
import org.newsdesk.workflow.control.Ninjs;
import org.newsdesk.workflow.control.PublishedStory;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;
import org.newsdesk.workflow.entity.WorkflowStep;

import java.time.Instant;
import java.util.List;

/**
 * What Newsdesk delivers of its published stories: each as an IPTC ninjs 3.1 document, the list of them newest
 * first, and an Atom feed. Only published stories are delivered; the content is the published revision (the
 * current one: a published story is not edited in place).
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class Publications {

    /** The most entries the Atom feed carries. */
    public static final int FEED_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    /** The story as ninjs; {@code apiBase} is the API's absolute URL ending in a slash. */
    public JsonObject ninjs(String storyId, String apiBase) {
        Story story = Stories.get(em, storyId);
        if (story.getState() != StoryState.PUBLISHED) {
            throw new WrongStateException("The story is " + story.getState()
                    + "; only published stories are delivered as ninjs.");
        }
        return document(story, apiBase);
    }

    /** Published stories, newest publication first; {@code since} keeps those published at or after it. */
    public Page<JsonObject> published(Instant since, int page, int size, String apiBase) {
        Page.validate(page, size);
        List<Story> stories = em.createNamedQuery(Story.FIND_PUBLISHED, Story.class)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Story.COUNT_PUBLISHED, Long.class)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .getSingleResult();
        return new Page<>(stories.stream().map(s -> document(s, apiBase)).toList(), total, page, size);
    }

    /**
     * The newest published stories as an Atom feed; {@code base} is the application's absolute URL. Anybody may
     * read it: what is published is public.
     */
    @jakarta.annotation.security.PermitAll
    public String atom(String base) {
        List<Story> stories = em.createNamedQuery(Story.FIND_PUBLISHED, Story.class)
                .setParameter("since", Instant.EPOCH)
                .setMaxResults(FEED_SIZE)
                .getResultList();
        List<AtomFeed.Entry> entries = stories.stream().map(story -> {
            StoryContent content = content(story);
            return new AtomFeed.Entry("urn:uuid:" + story.getId(), content.headline(),
                    base + "api/stories/" + story.getId() + "/ninjs", story.getFirstPublishedAt(),
                    story.getPublishedAt(), content.byline(), content.teaser(), content.bodyHtml());
        }).toList();
        Instant updated = stories.isEmpty() ? Instant.EPOCH : stories.get(0).getPublishedAt();
        return AtomFeed.feed(base + "feeds/published.atom", "Newsdesk: published stories", updated, entries);
    }

    private JsonObject document(Story story, String apiBase) {
        StoryContent c = content(story);
        String uri = apiBase + "stories/" + story.getId();
        Revision revision = em.find(Revision.class, new RevisionId(story.getId(), story.getCurrentRevision()));
        PublishedStory published = new PublishedStory(story.getId().toString(), story.getCurrentRevision(),
                c.headline(), c.kicker(), c.teaser(), c.byline(), c.language(), c.tags(), c.bodyHtml(),
                c.canonicalText(), c.caption(), c.credit(), c.sourceNote(), story.getCreatedAt(),
                revision.getCreatedAt(), c.embargo(), story.getPublishedAt(), correction(story),
                CheckStatus.load(em, story.getId()).verdictCounts());
        return Ninjs.document(published, uri, uri + "/claimreview");
    }

    /** The comment of the last reopening of the published story: the correction it was republished with. */
    private String correction(Story story) {
        List<WorkflowStep> steps = em.createNamedQuery(WorkflowStep.FIND_BY_STORY, WorkflowStep.class)
                .setParameter("story", story.getId()).getResultList();
        String correction = null;
        for (WorkflowStep step : steps) {
            if (step.getAction().equals(WorkflowAction.REOPEN.label()) && step.getFromState() == StoryState.PUBLISHED) {
                correction = step.getComment();
            }
        }
        return correction;
    }

    private StoryContent content(Story story) {
        return new RevisionStore(em).current(story);
    }

}
