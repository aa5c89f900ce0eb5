package org.newsdesk.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A stored piece of a story: one body block's HTML, or the JSON of a revision's fields. Written once and shared by
 * every revision that contains it unchanged, which is why history grows with the size of each change, not with
 * the size of the story.
 */
@Entity
@Table(name = "story_block")
public class StoryBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_block_seq")
    @SequenceGenerator(name = "story_block_seq", sequenceName = "story_block_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private UUID storyId;

    @Column(nullable = false)
    private String content;

    protected StoryBlock() {
        // for JPA
    }

    public StoryBlock(UUID storyId, String content) {
        this.storyId = storyId;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public String getContent() {
        return content;
    }
}
