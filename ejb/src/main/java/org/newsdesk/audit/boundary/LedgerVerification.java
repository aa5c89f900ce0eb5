package org.newsdesk.audit.boundary;

/**
 * The result of re-computing the whole hash chain: intact, or the first event where it breaks and why.
 *
 * @param events      how many events were checked
 * @param head        the hash of the last event (the chain's head), null for an empty ledger
 * @param firstBadSeq where the chain breaks (an altered event, or the position of a removed one), else null
 * @param reason      what is wrong at {@code firstBadSeq}, else null
 */
public record LedgerVerification(boolean intact, long events, String head, Long firstBadSeq, String reason) {
}
