package org.newsdesk.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B could not read the body (syntax or types): 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return BodyLimitFilter.refusal(e).orElseGet(() -> Problems.response(400, "Bad Request",
                "The request body is not valid JSON of the expected shape (syntax, nesting or a value's type)."));
    }
}
