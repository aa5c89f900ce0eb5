package org.newsdesk.workflow.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled stories when their embargo passes. The database decides what is due (a query on the embargo
 * column with the database's clock), and each story is published in its own transaction under a row lock that
 * re-checks its state, so a story is published exactly once even when several servers (or a start-up and a tick)
 * look at the same time. The timer is not persistent: nothing is kept in the server's timer store, and a story whose
 * moment passed while the server was down is found by the query at start-up; its audit event says so (its embargo
 * lies before this server's start).
 */
@Singleton
@Startup
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());
    private static final int BATCH = 50;
    private static final int TICK_SECONDS = 5;

    @EJB
    WorkflowService workflow;

    /** Embargoes before this passed while Newsdesk was not running here: its start. */
    private Instant downUntil;

    @PostConstruct
    void catchUp() {
        downUntil = Instant.now();
        int published = publishDue();
        if (published > 0) {
            LOG.info(() -> "published " + published + " scheduled stories whose embargo had passed");
        }
    }

    @Schedule(second = "*/" + TICK_SECONDS, minute = "*", hour = "*", persistent = false)
    void tick() {
        publishDue();
    }

    /** Everything due, batch after batch; each story once per pass (one that fails is tried again next tick). */
    private int publishDue() {
        int published = 0;
        Set<UUID> seen = new HashSet<>();
        while (true) {
            List<UUID> due = workflow.dueStories(BATCH, seen);
            for (UUID id : due) {
                seen.add(id);
                try {
                    if (workflow.publishScheduled(id, downUntil)) {
                        published++;
                    }
                } catch (RuntimeException e) {
                    // one story that cannot be published must not hold up the others
                    LOG.log(Level.WARNING, "scheduled publication of story " + id + " failed", e);
                }
            }
            if (due.size() < BATCH) {
                return published;
            }
        }
    }
}
