package org.newsdesk.shared.timing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * {@code Server-Timing: app;dur=…} on every API response: from the moment the API has the request (after
 * authentication) until the answer is ready to be written (JAX-RS commits its responses itself, so the servlet
 * filter of the pages cannot add the header afterwards).
 */
@Provider
@PreMatching
public class ApiServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String START = ApiServerTiming.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START) instanceof Long start) {
            response.getHeaders().putSingle("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f",
                    (System.nanoTime() - start) / 1e6));
        }
    }
}
