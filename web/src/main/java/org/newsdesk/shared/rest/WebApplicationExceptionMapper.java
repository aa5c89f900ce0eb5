package org.newsdesk.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own answers (404 unknown path, 405, 406, 415, 400 from a broken body) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity() && e.getResponse().getMediaType() != null
                && e.getResponse().getMediaType().toString().startsWith(Problems.MEDIA_TYPE)) {
            return e.getResponse();
        }
        if (status >= 500) {
            return ServerErrorMapper.serverError(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request is malformed (its body, a parameter or a header).";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 415 -> "This media type is not accepted here; send application/json.";
            default -> title;
        };
        Response problem = Problems.response(status, title, detail);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }
}
