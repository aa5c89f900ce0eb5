package org.newsdesk.story.entity;

import org.junit.jupiter.api.Test;
import org.newsdesk.account.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for starting and changing stories, which the service and the editor screen both apply. */
class StoryAccessTest {

    @Test
    void authorsOfAnyRoleEditorsAndChiefEditorsChangeAStoryNobodyElse() {
        for (Role role : Role.values()) {
            assertTrue(Story.WRITERS.includes(Set.of(role), true), role + " as an author");
        }
        assertTrue(Story.WRITERS.includes(Set.of(Role.EDITOR), false));
        assertTrue(Story.WRITERS.includes(Set.of(Role.CHIEF_EDITOR), false));
        for (Role role : EnumSet.of(Role.REPORTER, Role.FACT_CHECKER, Role.ADMIN)) {
            assertFalse(Story.WRITERS.includes(Set.of(role), false), role + " not an author");
        }
        assertFalse(Story.WRITERS.includes(Set.of(), false));
    }

    @Test
    void reportersEditorsAndChiefEditorsStartStories() {
        assertEquals(EnumSet.of(Role.REPORTER, Role.EDITOR, Role.CHIEF_EDITOR), EnumSet.copyOf(
                EnumSet.allOf(Role.class).stream().filter(r -> Story.CREATORS.includes(Set.of(r), false)).toList()));
        assertEquals("the story's authors, EDITOR, CHIEF_EDITOR", Story.WRITERS.describe());
    }
}
