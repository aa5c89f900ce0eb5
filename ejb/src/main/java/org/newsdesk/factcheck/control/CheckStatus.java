package org.newsdesk.factcheck.control;

import jakarta.persistence.EntityManager;
import org.newsdesk.factcheck.entity.AnchorStatus;
import org.newsdesk.factcheck.entity.Claim;
import org.newsdesk.factcheck.entity.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the fact-check of one story stands, as the workflow's guards and the desk's cards need it. The lists hold
 * the claims' quotes (what a reason names); the counts are by verdict.
 * <p>
 * Decided: a claim whose passage is gone (orphaned) blocks nothing by being unchecked or unresolved — the text it
 * was about is no longer in the story — but a rated one whose wording left the story still needs its re-check.
 */
public record CheckStatus(List<String> unchecked, List<String> needingRecheck, List<String> unresolvedFalse,
                          Map<Verdict, Integer> verdicts) {

    public CheckStatus {
        unchecked = List.copyOf(unchecked);
        needingRecheck = List.copyOf(needingRecheck);
        unresolvedFalse = List.copyOf(unresolvedFalse);
        verdicts = Map.copyOf(verdicts);
    }

    public static CheckStatus of(List<Claim> claims) {
        List<String> unchecked = new ArrayList<>();
        List<String> recheck = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Claim claim : claims) {
            boolean gone = claim.getAnchorStatus() == AnchorStatus.ORPHANED;
            String quote = claim.getAnchorText() != null ? claim.getAnchorText() : claim.getQuote();
            verdicts.merge(claim.verdict(), 1, Integer::sum);
            if (!claim.isRated() && !gone) {
                unchecked.add(quote);
            }
            if (claim.needsRecheck()) {
                recheck.add(quote);
            }
            if (claim.verdict().needsResolution() && claim.getResolution() == null && !gone) {
                unresolved.add(quote);
            }
        }
        return new CheckStatus(unchecked, recheck, unresolved, verdicts);
    }

    public static CheckStatus load(EntityManager em, UUID storyId) {
        return of(em.createNamedQuery(Claim.FIND_BY_STORY, Claim.class).setParameter("story", storyId)
                .getResultList());
    }

    /** Verdict label → count, for exports (ninjs trust indicators) and cards. */
    public Map<String, Integer> verdictCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            if (verdicts.containsKey(verdict)) {
                counts.put(verdict.label(), verdicts.get(verdict));
            }
        }
        return counts;
    }
}
