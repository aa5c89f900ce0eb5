package org.newsdesk.audit.boundary;

import java.time.Instant;

/**
 * A signed statement "at {@code at} the ledger had {@code seq} events and its newest hash was {@code head}".
 * Kept outside the database, so that cutting off the newest events or recomputing the chain shows.
 *
 * @param signature Ed25519 over {@link #message()}, base64
 */
public record Checkpoint(long seq, String head, Instant at, String signature) {

    /** How the signed message is made, for whoever checks a checkpoint outside Newsdesk. */
    public static final String FORMAT = "UTF-8 of \"newsdesk-checkpoint-v1\\n{seq}\\n{head}\\n{at, ISO-8601}\\n\"";

    /** The exact bytes (as UTF-8) that are signed. */
    public String message() {
        return message(seq, head, at);
    }

    public static String message(long seq, String head, Instant at) {
        return "newsdesk-checkpoint-v1\n" + seq + "\n" + head + "\n" + at + "\n";
    }
}
