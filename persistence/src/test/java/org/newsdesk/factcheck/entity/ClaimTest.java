package org.newsdesk.factcheck.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a claim needs a re-check (API.md: a rated claim not intact, until it is rated again). */
class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final String QUOTE = "Die Nato hat 30 Mitglieder.";

    private static Claim ratedClaim() {
        Claim claim = new Claim(UUID.randomUUID(), 1, QUOTE, "", "", 0, QUOTE.length(), null, "checker", NOW);
        claim.rate(Verdict.VERIFIED, "nato.int", "[]", "checker", 1, "", "", NOW);
        return claim;
    }

    @Test
    void anUncheckedClaimNeverNeedsARecheck() {
        Claim claim = new Claim(UUID.randomUUID(), 1, QUOTE, "", "", 0, QUOTE.length(), null, "checker", NOW);
        claim.anchorAt(2, AnchorStatus.MODIFIED, 0, 27, "Die Nato hat 32 Mitglieder.");
        assertFalse(claim.needsRecheck());
    }

    @Test
    void aModifiedRatedClaimNeedsARecheckUntilItIsRatedOnItsNewWording() {
        Claim claim = ratedClaim();
        claim.anchorAt(2, AnchorStatus.MODIFIED, 0, 27, "Die Nato hat 32 Mitglieder.");
        assertTrue(claim.needsRecheck());

        claim.rate(Verdict.VERIFIED, "neu", "[]", "checker", 2, "", "", NOW);
        assertFalse(claim.needsRecheck());
        assertEquals("Die Nato hat 32 Mitglieder.", claim.getQuote(), "the quote moves to the rated wording");
        assertEquals(AnchorStatus.INTACT, claim.getAnchorStatus());
    }

    @Test
    void aRatedClaimIsValidAgainWhenItsExactTextComesBack() {
        Claim claim = ratedClaim();
        claim.anchorAt(2, AnchorStatus.ORPHANED, null, null, null);
        assertTrue(claim.needsRecheck());
        claim.anchorAt(3, AnchorStatus.INTACT, 0, QUOTE.length(), QUOTE);
        assertFalse(claim.needsRecheck());
    }

    @Test
    void anOrphanedClaimRatedAgainKeepsItsLastWordingAndNeedsARecheckOnlyWhenItsPassageReturnsChanged() {
        Claim claim = ratedClaim();
        claim.anchorAt(2, AnchorStatus.ORPHANED, null, null, null);
        claim.rate(Verdict.UNVERIFIABLE, "gestrichen", "[]", "checker", 2, null, null, NOW);
        assertFalse(claim.needsRecheck());
        assertEquals(QUOTE, claim.getQuote());
        assertEquals(AnchorStatus.ORPHANED, claim.getAnchorStatus());

        claim.anchorAt(3, AnchorStatus.ORPHANED, null, null, null);
        assertFalse(claim.needsRecheck(), "still gone: the rating of the gone passage stands");

        claim.anchorAt(4, AnchorStatus.MODIFIED, 0, 27, "Die Nato hat 31 Mitglieder.");
        assertTrue(claim.needsRecheck());
        claim.anchorAt(5, AnchorStatus.ORPHANED, null, null, null);
        assertTrue(claim.needsRecheck(), "gone again after it came back: the last rating was not about this");
    }

    @Test
    void aSaveThatLeavesTheAnchorInPlaceTouchesNothing() {
        Claim claim = ratedClaim();
        assertFalse(claim.anchorAt(5, AnchorStatus.INTACT, 0, QUOTE.length(), QUOTE));
        assertEquals(1, claim.getAnchorRevision(), "the anchor stands as of revision 1");
        assertTrue(claim.anchorAt(6, AnchorStatus.INTACT, 10, 10 + QUOTE.length(), QUOTE), "moved");
        assertEquals(6, claim.getAnchorRevision());
        assertTrue(claim.anchorAt(7, AnchorStatus.MODIFIED, 10, 12 + QUOTE.length(), "Die Nato hat 30 neue Mitglieder."));
        assertTrue(claim.anchorAt(8, AnchorStatus.MODIFIED, 10, 11 + QUOTE.length(), "Die Nato hat 30 neue Mitglieder."),
                "only the end moved");
        assertEquals(8, claim.getAnchorRevision());
    }
}
