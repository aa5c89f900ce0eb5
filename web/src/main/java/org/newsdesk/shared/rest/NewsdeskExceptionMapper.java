package org.newsdesk.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsdesk.shared.boundary.NewsdeskException;

/** Business failures of the boundaries: each knows its status. */
@Provider
public class NewsdeskExceptionMapper implements ExceptionMapper<NewsdeskException> {

    @Override
    public Response toResponse(NewsdeskException e) {
        return Problems.response(e.status(), e.title(), e.getMessage(), e.errors());
    }
}
