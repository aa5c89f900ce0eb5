package org.newsdesk.shared.boundary;

/** A save based on an old revision: somebody else saved in between. Never overwrite silently. */
public class StaleRevisionException extends NewsdeskException {

    public StaleRevisionException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition Failed";
    }
}
