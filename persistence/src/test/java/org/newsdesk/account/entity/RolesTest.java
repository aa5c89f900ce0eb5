package org.newsdesk.account.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolesTest {

    @Test
    void theRoleNameConstantsAreExactlyTheRoles() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertEquals(field.getName(), field.get(null), "constant " + field.getName());
                constants.add((String) field.get(null));
            }
        }
        assertEquals(new TreeSet<>(Arrays.stream(Role.values()).map(Role::name).toList()), constants);
    }
}
