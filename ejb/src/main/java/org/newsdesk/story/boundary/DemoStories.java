package org.newsdesk.story.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.story.control.AgencyCopyImporter;
import org.newsdesk.story.control.ImportRejectedException;
import org.newsdesk.story.control.RevisionStore;
import org.newsdesk.story.entity.Revision;
import org.newsdesk.story.entity.Story;
import org.newsdesk.story.entity.StoryContent;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo data of the run command: the Deutschlandfunk sample, imported by the reporter and revised twice (the editor
 * confirms the headline and adds a kicker and tags; the reporter adds the byline), so that history, compare and
 * restore have something to show. Only in demo mode, and only while there is no story at all.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoStories {

    private static final Logger LOG = Logger.getLogger(DemoStories.class.getName());
    private static final String SAMPLE = "/demo/dlf-nato-russland-rat-2022-01-12.txt";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "newsdesk.demo.accounts", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void createWhenEmpty() {
        if (!enabled || em.createQuery("select count(s) from Story s", Long.class).getSingleResult() > 0) {
            return;
        }
        StoryContent imported;
        try (InputStream in = DemoStories.class.getResourceAsStream(SAMPLE)) {
            imported = new AgencyCopyImporter().parse(in.readAllBytes()).toContent("Nachrichten", "de");
        } catch (IOException | ImportRejectedException | NullPointerException e) {
            throw new IllegalStateException("the demo sample " + SAMPLE + " cannot be imported", e);
        }
        Story story = new Story(UUID.randomUUID(), "reporter", Instant.now());
        em.persist(story);
        RevisionStore store = new RevisionStore(em);
        Revision first = store.append(story, imported, null, "reporter", "Imported");
        record("reporter", AuditAction.STORY_IMPORTED, story, first);

        StoryContent confirmed = new StoryContent("Nato-Russland-Rat: Stoltenberg sieht Bereitschaft zum Dialog",
                false, "Nato und Russland", imported.teaser(), null, imported.desk(), "de", List.of("Nato", "Russland",
                "Ukraine"), imported.caption(), imported.credit(), imported.sourceNote(), null, imported.blocks());
        Revision second = store.append(story, confirmed, store.load(first), "editor", "Titel bestätigt, Dachzeile");
        record("editor", AuditAction.STORY_SAVED, story, second);

        StoryContent byline = new StoryContent(confirmed.headline(), false, confirmed.kicker(), confirmed.teaser(),
                "Deutschlandfunk", confirmed.desk(), "de", confirmed.tags(), confirmed.caption(), confirmed.credit(),
                confirmed.sourceNote(), null, confirmed.blocks());
        Revision third = store.append(story, byline, store.load(second), "reporter", "Autorenzeile");
        record("reporter", AuditAction.STORY_SAVED, story, third);
        LOG.info("Created the demo story " + story.getId() + " with 3 revisions");
    }

    private void record(String actor, AuditAction action, Story story, Revision revision) {
        audit.recordAs(actor, action, story.getId().toString(), "story", story.getId().toString(),
                Map.of("revision", revision.getNumber(), "hash", revision.getHashHex(), "demo", true));
    }
}
