package org.newsdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A business failure: the request was understood but cannot be carried out. Each subclass stands for one kind of
 * failure and knows its HTTP status, so that one JAX-RS mapper and one Faces handler can present all of them.
 * The transaction is rolled back, so a failure never leaves half a change behind.
 */
@ApplicationException(rollback = true)
public abstract class NewsdeskException extends RuntimeException {

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }

    protected NewsdeskException(String message) {
        super(message);
    }

    /** The HTTP status the API answers with. */
    public abstract int status();

    /** A short, stable title for the kind of failure. */
    public abstract String title();

    /** Field errors, where the failure is about particular input fields. */
    public List<FieldError> errors() {
        return List.of();
    }
}
