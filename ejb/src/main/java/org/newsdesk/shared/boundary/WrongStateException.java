package org.newsdesk.shared.boundary;

/** The thing is in a state that does not allow this (e.g. editing a spiked or published story). */
public class WrongStateException extends NewsdeskException {

    public WrongStateException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
