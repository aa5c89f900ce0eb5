package org.newsdesk.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A boundary refused the caller's role (403); anything else an EJB threw is a server error. */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return Problems.response(403, "Forbidden", "Your role does not allow this.");
        }
        return ServerErrorMapper.serverError(e);
    }
}
