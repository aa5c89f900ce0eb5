package org.newsdesk.audit.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.audit.boundary.Checkpoint;
import org.newsdesk.audit.boundary.Checkpoints;
import org.newsdesk.audit.boundary.LedgerVerification;
import org.newsdesk.audit.boundary.LedgerVerifier;

import java.io.Serializable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The ledger verification screen (admins): runs the whole check on request in the background — one streaming
 * read that blocks nobody; the page polls every second — and shows "intact" with the count, head and newest signed checkpoint, or the first bad event and what
 * is wrong with it.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable {

    @EJB
    transient LedgerVerifier verifier;

    @EJB
    transient Checkpoints checkpoints;

    private LedgerVerification result;
    private transient Future<LedgerVerification> running;

    /** Starts the check in the background; the page polls until it is done. */
    public void verify() {
        result = null;
        running = verifier.verifyInBackground();
    }

    /** Takes the result once the check is done. */
    public void poll() throws InterruptedException {
        if (running != null && running.isDone()) {
            try {
                result = running.get();
            } catch (ExecutionException e) {
                running = null;
                throw new IllegalStateException("the verification failed", e.getCause());
            }
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public LedgerVerification getResult() {
        return result;
    }

    public Checkpoint getLatestCheckpoint() {
        return checkpoints.latest().orElse(null);
    }

    public String getPublicKey() {
        return checkpoints.publicKey();
    }
}
