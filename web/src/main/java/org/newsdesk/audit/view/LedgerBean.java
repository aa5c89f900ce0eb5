package org.newsdesk.audit.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.audit.boundary.Checkpoint;
import org.newsdesk.audit.boundary.Checkpoints;
import org.newsdesk.audit.boundary.LedgerVerification;
import org.newsdesk.audit.boundary.LedgerVerifier;

import java.io.Serializable;

/**
 * The ledger verification screen (admins): runs the whole check on request — one streaming read that blocks
 * nobody — and shows "intact" with the count, head and newest signed checkpoint, or the first bad event and what
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

    public void verify() {
        result = verifier.verify();
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
