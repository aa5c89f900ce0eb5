package org.newsdesk.workflow.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled stories when their embargo passes. The database decides what is due (a query on the embargo
 * column), and each story is published in its own transaction under a row lock that re-checks its state, so a
 * story is published exactly once even when several servers (or a start-up and a tick) look at the same time. The
 * timer is not persistent: nothing is kept in the server's timer store, and a story whose moment passed while the
 * server was down is found by the query at start-up.
 */
@Singleton
@Startup
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());
    private static final int BATCH = 50;

    @EJB
    WorkflowService workflow;

    /** At start-up: what became due while the server was down. */
    @PostConstruct
    void catchUp() {
        int published = publishDue(true);
        if (published > 0) {
            LOG.info(() -> "published " + published + " scheduled stories whose embargo passed while the server was down");
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void tick() {
        publishDue(false);
    }

    private int publishDue(boolean atStartup) {
        int published = 0;
        List<UUID> due = workflow.dueStories(BATCH);
        for (UUID id : due) {
            try {
                if (workflow.publishScheduled(id, atStartup)) {
                    published++;
                }
            } catch (RuntimeException e) {
                // one story that cannot be published must not hold up the others; it is tried again next tick
                LOG.log(Level.WARNING, "scheduled publication of story " + id + " failed", e);
            }
        }
        return published;
    }
}
