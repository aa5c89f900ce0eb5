package org.newsdesk.shared.rest;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.shared.http.SecurityHeaders;
import jakarta.ws.rs.core.Response;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 9457 problem details, the one shape of every API error:
 * {@code {"type","title","status","detail","errors":[{"field","message"}]}}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private Problems() {
    }

    public static JsonObject body(int status, String title, String detail, List<FieldError> errors,
                                  String correlationId) {
        JsonArrayBuilder fieldErrors = Json.createArrayBuilder();
        for (FieldError error : errors) {
            fieldErrors.add(Json.createObjectBuilder().add("field", error.field()).add("message", error.message()));
        }
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .add("errors", fieldErrors);
        if (correlationId != null) {
            problem.add("correlationId", correlationId);
        }
        return problem.build();
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(statusType(status, title))
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body(status, title, detail, errors, null).toString())
                .build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    /** A status with its reason phrase, also for codes that {@link Response.Status} lacks (422, 428). */
    public static Response.StatusType statusType(int status, String title) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known;
        }
        String reason = switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> title;
        };
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(status);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }

    /**
     * A server error outside JAX-RS (the authentication mechanism): logged once with a correlation id, answered
     * as problem+json carrying it, never with a stack trace.
     */
    public static void writeServerError(HttpServletResponse response, Throwable e) throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        java.util.logging.Logger.getLogger(Problems.class.getName())
                .log(java.util.logging.Level.SEVERE, "Server error " + id, e);
        SecurityHeaders.data(response);
        response.setStatus(500);
        response.setHeader(CORRELATION_HEADER, id);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(500, "Internal Server Error",
                "Something went wrong on our side. Please report the correlation id " + id + ".", List.of(), id)
                .toString());
        response.getWriter().flush();
    }

    /** For answers given before JAX-RS runs (the authentication mechanism). */
    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        SecurityHeaders.data(response);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, title, detail, List.of(), null).toString());
        response.getWriter().flush();
    }
}
