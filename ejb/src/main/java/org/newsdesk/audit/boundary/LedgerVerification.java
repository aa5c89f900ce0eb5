package org.newsdesk.audit.boundary;

/**
 * The result of checking the whole ledger: intact, or the first event where it breaks and why.
 *
 * @param events      how many events were checked and found good
 * @param head        the hash of the last good event (the chain's head), null for an empty ledger
 * @param checkpoint  the newest signed checkpoint, null before the first one was written
 * @param firstBadSeq where the chain breaks (an altered event, or the position of a missing one), else null
 * @param problem     what is wrong at {@code firstBadSeq}, else null
 * @param millis      how long the check took
 */
public record LedgerVerification(boolean intact, long events, String head, Checkpoint checkpoint, Long firstBadSeq,
                                 String problem, long millis) {

    /** Events checked per second, for the screen and the benchmark. */
    public long eventsPerSecond() {
        return millis == 0 ? events * 1000 : events * 1000 / millis;
    }
}
