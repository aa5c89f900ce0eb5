package org.newsdesk.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.WebApplicationException;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;
import org.newsdesk.shared.boundary.Page;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query parameters read by hand, because JAX-RS answers a non-numeric {@code ?page=x} with 404; here it is a
 * 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw badRequest(name, "must be a whole number");
        }
    }

    public static int page(String value) {
        return integer("page", value, 0);
    }

    public static int size(String value) {
        return integer("size", value, Page.DEFAULT_SIZE);
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw badRequest(name, "must be an ISO-8601 UTC time such as 2026-11-28T13:00:00Z");
        }
    }

    /** An enum constant by its name, e.g. {@code ?state=DRAFT}; an unknown name is a 400 that lists the known. */
    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw badRequest(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A 400 problem that names the query parameter. */
    public static WebApplicationException badRequest(String name, String message) {
        Response problem = Problems.response(400, "Bad Request", "Query parameter '" + name + "' " + message,
                List.of(new FieldError(name, message)));
        return new WebApplicationException(problem);
    }
}
