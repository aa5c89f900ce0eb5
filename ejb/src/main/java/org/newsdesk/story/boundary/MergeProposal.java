package org.newsdesk.story.boundary;

import org.newsdesk.story.entity.StoryContent;

import java.util.List;

/**
 * What the editor shows when a save was refused because somebody else saved first: their revision, what they
 * changed since the common base, what I changed, and — when our changes touch different fields and paragraphs —
 * both combined ("theirs plus mine"), for me to review and save.
 */
public record MergeProposal(StoryView theirs, int base, List<StoryDiff.Run> theirChanges, List<StoryDiff.Run> myChanges,
                            StoryContent merged) {

    public boolean canMerge() {
        return merged != null;
    }
}
