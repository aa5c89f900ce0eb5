package org.newsdesk.shared.boundary;

/** The caller is known but may not do this to this thing (e.g. saving a story they are no author of). */
public class ForbiddenException extends NewsdeskException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
