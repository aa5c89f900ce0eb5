package org.newsdesk.shared.boundary;

import java.util.List;

/** The input is well-formed but breaks a rule (a too-short password, an unknown role, a taken user name). */
public class InvalidInputException extends NewsdeskException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
