package org.newsdesk.shared.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Paging parameters: a page far beyond any list is a 422, not an overflowing offset (it was a 500). */
class PageTest {

    @Test
    void aPageWhoseOffsetOverflowsIsRefusedByName() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Page.validate(10_737_419, 200));
        assertEquals("page", refused.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> Page.validate(Integer.MAX_VALUE, 2));
        assertDoesNotThrow(() -> Page.validate(10_737_417, 200));
    }

    @Test
    void negativePagesAndSizesOutsideTheLimitAreRefused() {
        assertEquals("page", assertThrows(InvalidInputException.class, () -> Page.validate(-1, 50))
                .errors().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> Page.validate(0, 0))
                .errors().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> Page.validate(0, Page.MAX_SIZE + 1))
                .errors().get(0).field());
    }
}
