package org.newsdesk.factcheck.control;

/** Why a quote cannot be marked as a claim; the message is shown to the user. */
public class AnchorException extends Exception {

    public AnchorException(String message) {
        super(message);
    }
}
