package org.newsdesk.story.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.entity.Block;
import org.newsdesk.story.entity.StoryContent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreeWayMergeTest {

    private static StoryContent story(String headline, String... paragraphs) {
        return new StoryContent(headline, false, null, null, null, "Politik", "de", List.of(), null, null, null, null,
                Arrays.stream(paragraphs).map(p -> new Block("<p>" + p + "</p>")).toList());
    }

    @Test
    void changesToDifferentParagraphsAndFieldsAreCombined() {
        StoryContent base = story("Titel", "A", "B", "C");
        StoryContent theirs = story("Titel", "A2", "B", "C");
        StoryContent mine = story("Neuer Titel", "A", "B", "C2", "D");
        Optional<StoryContent> merged = ThreeWayMerge.merge(base, theirs, mine);
        assertTrue(merged.isPresent());
        assertEquals(story("Neuer Titel", "A2", "B", "C2", "D").hashHex(), merged.get().hashHex());
    }

    @Test
    void theSameParagraphChangedDifferentlyIsAConflict() {
        StoryContent base = story("Titel", "A", "B");
        assertTrue(ThreeWayMerge.merge(base, story("Titel", "A", "B-theirs"), story("Titel", "A", "B-mine")).isEmpty());
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflict() {
        StoryContent base = story("Titel", "A");
        assertTrue(ThreeWayMerge.merge(base, story("Ihr Titel", "A"), story("Mein Titel", "A")).isEmpty());
    }

    @Test
    void identicalChangesOnBothSidesMergeOnce() {
        StoryContent base = story("Titel", "A", "B");
        StoryContent both = story("Titel", "A", "B2");
        assertEquals(both.hashHex(), ThreeWayMerge.merge(base, both, both).orElseThrow().hashHex());
    }

    @Test
    void insertionsAtTheSamePlaceAreAConflictButElsewhereAreFine() {
        StoryContent base = story("Titel", "A", "B");
        assertTrue(ThreeWayMerge.merge(base, story("Titel", "A", "X", "B"), story("Titel", "A", "Y", "B")).isEmpty());
        assertEquals(story("Titel", "X", "A", "B", "Y").hashHex(),
                ThreeWayMerge.merge(base, story("Titel", "X", "A", "B"), story("Titel", "A", "B", "Y"))
                        .orElseThrow().hashHex());
    }
}
