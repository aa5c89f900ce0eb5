package org.newsdesk.audit.control;

import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Feeds a {@link ChainCheck} while another thread computes the keyed hashes of the next batch: reading rows
 * from the database and hashing them overlap, so a long ledger is checked in the time of the slower of the two.
 * The order of the checks stays the chain's order; memory holds two batches at most.
 */
public final class HashAhead {

    static final int BATCH = 4096;

    private final ChainCheck check;
    private final LedgerKey key;
    private final ExecutorService executor;
    private List<ChainLink> filling = new ArrayList<>(BATCH);
    private List<ChainLink> hashedBatch;
    private Future<boolean[]> hashing;
    private boolean stopped;

    public HashAhead(ChainCheck check, LedgerKey key, ExecutorService executor) {
        this.check = check;
        this.key = key;
        this.executor = executor;
    }

    /** Takes the next event; false once the check found a problem (stop reading). */
    public boolean accept(ChainLink link) {
        filling.add(link);
        if (filling.size() == BATCH) {
            handOver();
        }
        return !stopped;
    }

    /** Checks what is still pending; call after the last event. */
    public void finish() {
        handOver();
        drain();
    }

    private void handOver() {
        if (filling.isEmpty() || stopped) {
            return;
        }
        List<ChainLink> batch = filling;
        filling = new ArrayList<>(BATCH);
        Future<boolean[]> next = executor.submit(() -> intact(batch, key));
        drain();
        hashedBatch = batch;
        hashing = next;
    }

    private void drain() {
        if (hashing == null) {
            return;
        }
        boolean[] intact = await(hashing);
        for (int i = 0; i < hashedBatch.size() && !stopped; i++) {
            stopped = !check.accept(hashedBatch.get(i), intact[i]);
        }
        hashing = null;
        hashedBatch = null;
    }

    private static boolean[] intact(List<ChainLink> batch, LedgerKey key) {
        LedgerKey.Hasher hasher = key.hasher();
        boolean[] intact = new boolean[batch.size()];
        for (int i = 0; i < intact.length; i++) {
            intact[i] = batch.get(i).hasIntactHash(hasher);
        }
        return intact;
    }

    private static boolean[] await(Future<boolean[]> hashing) {
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the verification was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing failed", e.getCause());
        }
    }
}
