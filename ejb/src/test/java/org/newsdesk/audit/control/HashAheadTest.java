package org.newsdesk.audit.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.audit.entity.AuditEvent;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HashAheadTest {

    private static final LedgerKey KEY = LedgerKey.of("the unit tests' ledger key, long enough");
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < length; i++) {
            previous = new AuditEvent(previous, Instant.parse("2026-11-29T10:00:00Z"), "editor",
                    AuditAction.STORY_SAVED, "s", "story", "s", "{\"revision\":" + i + "}", KEY);
            links.add(previous.link());
        }
        return links;
    }

    private ChainCheck run(List<ChainLink> links) {
        ChainCheck check = new ChainCheck(KEY, Map.of());
        HashAhead ahead = new HashAhead(check, KEY, executor);
        for (ChainLink link : links) {
            if (!ahead.accept(link)) {
                break;
            }
        }
        ahead.finish();
        return check;
    }

    @Test
    void batchesAcrossTheirBordersCheckEveryEventInOrder() {
        int length = HashAhead.BATCH * 2 + 17;
        ChainCheck check = run(chain(length));
        assertNull(check.problem());
        assertEquals(length, check.checked());
    }

    @Test
    void anAlteredEventDeepInALaterBatchIsFoundWhereItIs() {
        List<ChainLink> links = chain(HashAhead.BATCH * 2 + 5);
        int victim = HashAhead.BATCH + 100;
        ChainLink l = links.get(victim);
        links.set(victim, new ChainLink(l.seq(), l.at(), "mallory", l.action(), l.storyId(), l.entityType(),
                l.entityId(), l.details(), l.prevHash(), l.hash(), l.chain()));
        ChainCheck check = run(links);
        assertEquals(victim + 1, check.problem().seq());
        assertEquals(victim, check.checked());
    }
}
