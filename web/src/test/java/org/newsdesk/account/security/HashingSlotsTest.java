package org.newsdesk.account.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashingSlotsTest {

    @Test
    void neverMoreThanTheSlotsWorkAtOnceAndWaitersGetTheirTurn() throws Exception {
        HashingSlots slots = new HashingSlots(2, 50, Duration.ofSeconds(20));
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(pool.submit(() -> {
                    if (!slots.enter()) {
                        return false;
                    }
                    try {
                        most.accumulateAndGet(working.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        working.decrementAndGet();
                        return true;
                    } finally {
                        slots.leave();
                    }
                }));
            }
            for (Future<Boolean> each : done) {
                assertTrue(each.get(30, TimeUnit.SECONDS), "every caller got a slot in the end");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
        assertEquals(2, slots.available());
    }

    @Test
    void whenTheQueueIsFullTheNextCallerIsTurnedAwayAtOnce() throws Exception {
        HashingSlots slots = new HashingSlots(1, 1, Duration.ofSeconds(20));
        assertTrue(slots.enter());
        CountDownLatch queued = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            queued.countDown();
            if (slots.enter()) {
                slots.leave();
            }
        });
        waiter.start();
        queued.await();
        Thread.sleep(200);
        long started = System.nanoTime();
        assertFalse(slots.enter(), "the one place in the queue is taken");
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "refused without waiting");
        slots.leave();
        waiter.join(10_000);
        assertEquals(1, slots.available());
    }

    @Test
    void aWaiterGivesUpAfterTheLongestWait() {
        HashingSlots slots = new HashingSlots(1, 5, Duration.ofMillis(100));
        assertTrue(slots.enter());
        assertFalse(slots.enter());
        slots.leave();
        assertTrue(slots.enter());
    }
}
