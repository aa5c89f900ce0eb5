package org.newsdesk.shared.boundary;

/** The thing asked for does not exist. */
public class NotFoundException extends NewsdeskException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
