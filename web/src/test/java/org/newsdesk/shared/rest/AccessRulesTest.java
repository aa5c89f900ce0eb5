package org.newsdesk.shared.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource method of the API states who may call it ({@code @RolesAllowed} on the method or its class, or an
 * explicit {@code @PermitAll}/{@code @DenyAll}): a new endpoint without a rule fails the build here, before the
 * access matrix ({@code AccessMatrixIT}) calls it as every role.
 */
class AccessRulesTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    @Test
    void everyResourceMethodNamesWhoMayCallIt() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 10, "the resources were found: " + resources);
        List<String> withoutRule = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                methods++;
                if (!ruled(method) && !ruled(resource)) {
                    withoutRule.add(resource.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertTrue(methods >= 40, "resource methods found: " + methods);
        assertEquals(List.of(), withoutRule, "resource methods without @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void aMethodWithoutARuleIsFound() {
        assertTrue(!ruled(Unruled.class) && ruled(Ruled.class));
    }

    private static boolean ruled(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** Every class with {@code @Path} among the web module's compiled classes. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, AccessRulesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Path("unruled")
    static class Unruled {
    }

    @Path("ruled")
    @PermitAll
    static class Ruled {
    }
}
