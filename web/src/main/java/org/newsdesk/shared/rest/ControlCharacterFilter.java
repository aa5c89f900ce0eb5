package org.newsdesk.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Refuses query parameters with control characters (a NUL, an escape): no filter of Newsdesk means them, and the
 * database would choke on a NUL. 400 problem+json, before any resource runs. Linear in the query's length.
 */
@Provider
@PreMatching
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacterFilter::hasControl)) {
                request.abortWith(Problems.response(400, "Bad Request",
                        "A query parameter contains control characters."));
                return;
            }
        }
    }

    static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.getType(value.charAt(i)) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }
}
