package org.newsdesk.audit.control;

import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Checks the ledger event by event, oldest first, in constant memory: every sequence number present, every
 * hash the one its content and the ledger key give, every event linked to its predecessor, unkeyed (legacy)
 * hashes only before the first keyed one, and the chain equal to each signed checkpoint (seq and head hash)
 * kept outside the database — which also shows when the newest events were cut off.
 * Stops at the first problem.
 */
public final class ChainCheck {

    /** Where and why the chain breaks. */
    public record Problem(long seq, String what) {
    }

    private final LedgerKey.Hasher hasher;
    private final NavigableMap<Long, String> checkpoints;
    private long previousSeq;
    private String previousHash;
    private long checked;
    private boolean keyedSeen;
    private Problem problem;

    /**
     * @param checkpoints signed heads by seq (their signatures already checked)
     */
    public ChainCheck(LedgerKey key, Map<Long, String> checkpoints) {
        this.hasher = key.hasher();
        this.checkpoints = new TreeMap<>(checkpoints);
    }

    /**
     * Continues a check from an event known to be good (the last checkpoint): the next event must follow it.
     */
    public ChainCheck startingAfter(long seq, String hash, boolean keyed) {
        this.previousSeq = seq;
        this.previousHash = hash;
        this.keyedSeen = keyed;
        return this;
    }

    /** Checks the next event; false once a problem is found (the rest need not be read). */
    public boolean accept(ChainLink link) {
        return accept(link, link.hasIntactHash(hasher));
    }

    /** The same, with the hash already checked (by {@link HashAhead}, on another thread). */
    boolean accept(ChainLink link, boolean hashIntact) {
        if (problem != null) {
            return false;
        }
        long expected = previousSeq + 1;
        if (link.seq() != expected) {
            return fail(expected, "event " + expected + " is missing (deleted)");
        }
        if (link.chain() == ChainLink.LEGACY && keyedSeen) {
            return fail(link.seq(), "event " + link.seq() + " carries an unkeyed hash after keyed ones (forged)");
        }
        if (!hashIntact) {
            return fail(link.seq(), "event " + link.seq()
                    + " does not match its hash: it was altered, moved, or written without the ledger key");
        }
        String expectedPrev = previousSeq == 0 ? ChainLink.GENESIS_HASH : previousHash;
        if (!expectedPrev.equals(link.prevHash())) {
            return fail(link.seq(), "event " + link.seq() + " does not link to event " + previousSeq
                    + " (events were reordered, inserted or rewritten)");
        }
        String signed = checkpoints.get(link.seq());
        if (signed != null && !signed.equals(link.hash())) {
            return fail(link.seq(), "event " + link.seq()
                    + " differs from the signed checkpoint at that position: the chain was rewritten");
        }
        keyedSeen |= link.chain() == ChainLink.KEYED;
        previousSeq = link.seq();
        previousHash = link.hash();
        checked++;
        return true;
    }

    /** The first problem, including events cut off behind the newest checkpoint; null when intact. */
    public Problem problem() {
        if (problem == null && !checkpoints.isEmpty() && checkpoints.lastKey() > previousSeq) {
            return new Problem(previousSeq + 1, "events " + (previousSeq + 1) + " to " + checkpoints.lastKey()
                    + " are missing: the newest events were cut off behind a signed checkpoint");
        }
        return problem;
    }

    public long checked() {
        return checked;
    }

    /** The last good event's sequence number (0 before the first). */
    public long headSeq() {
        return previousSeq;
    }

    /** The last good event's hash, null before the first. */
    public String headHash() {
        return previousHash;
    }

    /** Whether a keyed event has been seen (legacy events may no longer follow). */
    public boolean keyed() {
        return keyedSeen;
    }

    private boolean fail(long seq, String what) {
        problem = new Problem(seq, what);
        return false;
    }
}
