package org.newsdesk.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape or types: 400, nothing written. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return BodyLimitFilter.refusal(e).orElseGet(() -> Problems.response(400, "Bad Request",
                "The request body is not valid JSON of the expected shape (syntax, nesting or a value's type)."));
    }
}
