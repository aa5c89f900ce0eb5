package org.newsdesk.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource methods (or their class): 403 problem+json for a caller without one
 * of the roles. The boundaries check the same roles again; this answers before any work is done.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleFilter(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {

        private final String[] roles;

        RoleFilter(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problems.response(403, "Forbidden",
                        "This needs one of the roles " + String.join(", ", roles) + "."));
            }
        }
    }
}
