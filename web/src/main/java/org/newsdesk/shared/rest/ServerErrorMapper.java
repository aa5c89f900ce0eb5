package org.newsdesk.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything unexpected: logged once, with a correlation id that the response carries too (body and
 * {@code X-Correlation-Id}), so that support can find the log entry. The client never sees a stack trace.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return serverError(e);
    }

    static Response serverError(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Server error " + id, e);
        return Response.status(500)
                .type(Problems.MEDIA_TYPE + ";charset=UTF-8")
                .header(Problems.CORRELATION_HEADER, id)
                .entity(Problems.body(500, "Internal Server Error",
                        "Something went wrong on our side. Please report the correlation id " + id + ".",
                        List.of(), id).toString())
                .build();
    }
}
