package org.newsdesk.account.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the password-hashing work in flight: at most {@code slots} credential checks run at once (each may cost
 * 600,000 PBKDF2 iterations), at most {@code queue} more wait for a slot, and none waits longer than
 * {@code maxWait}. Whoever gets no slot is told to come back later instead of tying up a thread and a core.
 */
final class HashingSlots {

    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queue;
    private final Duration maxWait;

    HashingSlots(int slots, int queue, Duration maxWait) {
        if (slots < 1 || queue < 0) {
            throw new IllegalArgumentException("at least one slot, and a queue that is not negative");
        }
        this.slots = new Semaphore(slots, true);
        this.queue = queue;
        this.maxWait = maxWait;
    }

    /** Takes a slot, waiting a bounded time in a bounded queue; false when there is none to have. */
    boolean enter() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        slots.release();
    }

    int available() {
        return slots.availablePermits();
    }
}
