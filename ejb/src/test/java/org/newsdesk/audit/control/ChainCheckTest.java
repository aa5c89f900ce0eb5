package org.newsdesk.audit.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.audit.entity.AuditEvent;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainCheckTest {

    private static final LedgerKey KEY = LedgerKey.of("the unit tests' ledger key, long enough");
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    private static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < length; i++) {
            AuditEvent event = new AuditEvent(previous, AT.plusSeconds(i), "editor", AuditAction.STORY_SAVED,
                    "s", "story", "s", "{\"revision\":" + (i + 1) + "}", KEY);
            links.add(event.link());
            previous = event;
        }
        return links;
    }

    private static ChainCheck.Problem check(List<ChainLink> links, Map<Long, String> checkpoints) {
        ChainCheck check = new ChainCheck(KEY, checkpoints);
        for (ChainLink link : links) {
            if (!check.accept(link)) {
                break;
            }
        }
        return check.problem();
    }

    private static ChainLink with(ChainLink l, long seq, String details, String prevHash, int chain) {
        return new ChainLink(seq, l.at(), l.actor(), l.action(), l.storyId(), l.entityType(), l.entityId(), details,
                prevHash, l.hash(), chain);
    }

    @Test
    void anIntactChainPasses() {
        List<ChainLink> links = chain(5);
        ChainCheck check = new ChainCheck(KEY, Map.of(5L, links.get(4).hash()));
        links.forEach(check::accept);
        assertNull(check.problem());
        assertEquals(5, check.checked());
        assertEquals(links.get(4).hash(), check.headHash());
    }

    @Test
    void eachTamperingIsFoundWhereItHappened() {
        List<ChainLink> links = chain(6);
        List<ChainLink> altered = new ArrayList<>(links);
        altered.set(2, with(links.get(2), 3, "{\"revision\":99}", links.get(2).prevHash(), 2));
        assertEquals(3, check(altered, Map.of()).seq());

        List<ChainLink> deleted = new ArrayList<>(links);
        deleted.remove(3);
        ChainCheck.Problem gap = check(deleted, Map.of());
        assertEquals(4, gap.seq());
        assertTrue(gap.what().contains("missing"));

        List<ChainLink> swapped = new ArrayList<>(links);
        swapped.set(1, with(links.get(2), 2, links.get(2).details(), links.get(2).prevHash(), 2));
        swapped.set(2, with(links.get(1), 3, links.get(1).details(), links.get(1).prevHash(), 2));
        assertEquals(2, check(swapped, Map.of()).seq());

        ChainCheck.Problem cut = check(links.subList(0, 4), Map.of(6L, links.get(5).hash()));
        assertEquals(5, cut.seq());
        assertTrue(cut.what().contains("cut off"));

        LedgerKey other = LedgerKey.of("someone else's key, every bit as long");
        List<ChainLink> rekeyed = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < 3; i++) {
            previous = new AuditEvent(previous, AT, "editor", AuditAction.STORY_SAVED, null, null, null, "{}", other);
            rekeyed.add(previous.link());
        }
        assertEquals(1, check(rekeyed, Map.of()).seq());
    }

    @Test
    void aRewriteThatVerifiesStillDiffersFromTheSignedCheckpoint() {
        List<ChainLink> links = chain(3);
        assertEquals(2, check(links, Map.of(2L, "f".repeat(64))).seq());
    }

    @Test
    void legacyHashesAreAcceptedOnlyBeforeTheFirstKeyedOne() {
        ChainLink legacyFirst = new ChainLink(1, AT, "system", "account.created", null, null, null, "{}",
                ChainLink.GENESIS_HASH, "", ChainLink.LEGACY);
        legacyFirst = new ChainLink(1, AT, "system", "account.created", null, null, null, "{}",
                ChainLink.GENESIS_HASH, legacyFirst.expectedHash(KEY.hasher()), ChainLink.LEGACY);
        ChainLink keyedSecond = new ChainLink(2, AT, "system", "account.created", null, null, null, "{}",
                legacyFirst.hash(), "", ChainLink.KEYED);
        keyedSecond = new ChainLink(2, AT, "system", "account.created", null, null, null, "{}",
                legacyFirst.hash(), keyedSecond.expectedHash(KEY.hasher()), ChainLink.KEYED);
        assertNull(check(List.of(legacyFirst, keyedSecond), Map.of()));

        ChainLink legacyThird = new ChainLink(3, AT, "mallory", "account.login", null, null, null, "{}",
                keyedSecond.hash(), "", ChainLink.LEGACY);
        legacyThird = new ChainLink(3, AT, "mallory", "account.login", null, null, null, "{}", keyedSecond.hash(),
                legacyThird.expectedHash(KEY.hasher()), ChainLink.LEGACY);
        ChainCheck.Problem downgrade = check(List.of(legacyFirst, keyedSecond, legacyThird), Map.of());
        assertEquals(3, downgrade.seq());
        assertTrue(downgrade.what().contains("unkeyed"));
    }
}
