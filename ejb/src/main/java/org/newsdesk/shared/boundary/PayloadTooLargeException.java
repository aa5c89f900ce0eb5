package org.newsdesk.shared.boundary;

/** The input is larger than Newsdesk accepts (e.g. an import over 1 MB). */
public class PayloadTooLargeException extends NewsdeskException {

    public PayloadTooLargeException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload Too Large";
    }
}
