package org.newsdesk.story.control;

import jakarta.persistence.EntityManager;
import org.newsdesk.story.entity.Block;
import org.newsdesk.story.entity.Revision;
import org.newsdesk.story.entity.RevisionId;
import org.newsdesk.story.entity.Story;
import org.newsdesk.story.entity.StoryBlock;
import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores and loads revision content as shared blocks. A save writes only the blocks that are not in the
 * revision it is based on (usually the one edited paragraph, plus the fields when they changed); loading any
 * revision takes two queries: the revision row, then its blocks.
 */
public final class RevisionStore {

    /** What a stored revision is made of: its content and the ids of its blocks. */
    public record Stored(StoryContent content, long fieldsBlock, List<Long> blockIds) {

        /** Block content → id, for reusing unchanged blocks in the next revision. */
        Map<String, Long> idsByContent() {
            Map<String, Long> ids = new HashMap<>();
            ids.put(content.fieldsJson(), fieldsBlock);
            for (int i = 0; i < blockIds.size(); i++) {
                ids.put(content.blocks().get(i).html(), blockIds.get(i));
            }
            return ids;
        }
    }

    private final EntityManager em;

    public RevisionStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends the next revision of {@code story} with {@code content}: writes the new blocks and the revision row;
     * the story's row (current revision, fields, search words) is written once, when the transaction flushes. {@code base} is the current revision's stored content (null for a new
     * story), {@code ops} the word diff from it (computed once per save by the caller).
     */
    public Revision append(Story story, StoryContent content, Stored base, String author, String note) {
        return append(story, content, base, author, note, base == null ? null
                : WordDiff.diff(base.content().canonicalText(), content.canonicalText()));
    }

    /** The same, with the word diff from {@code base} already computed by the caller. */
    public Revision append(Story story, StoryContent content, Stored base, String author, String note,
                           List<WordDiff.Op> ops) {
        Stored stored = store(story.getId(), content, base);
        int wordsChanged = base == null ? WordDiff.countWords(content.canonicalText())
                : WordDiff.countChangedWords(ops);
        Revision revision = story.revise(content, stored.fieldsBlock(), stored.blockIds(), author, note,
                wordsChanged, Instant.now());
        em.persist(revision);
        return revision;
    }

    /** Writes the blocks of {@code content} that {@code base} (may be null) does not have. */
    public Stored store(UUID storyId, StoryContent content, Stored base) {
        Map<String, Long> existing = base == null ? new HashMap<>() : base.idsByContent();
        long fieldsBlock = idFor(storyId, content.fieldsJson(), existing);
        List<Long> ids = new ArrayList<>(content.blocks().size());
        for (Block block : content.blocks()) {
            ids.add(idFor(storyId, block.html(), existing));
        }
        return new Stored(content, fieldsBlock, ids);
    }

    /** The content of the story's current revision. */
    public StoryContent current(Story story) {
        return load(em.find(Revision.class, new RevisionId(story.getId(), story.getCurrentRevision()))).content();
    }

    public Stored load(Revision revision) {
        List<Long> blockIds = revision.getBlockIds();
        List<Long> wanted = new ArrayList<>(blockIds);
        wanted.add(revision.getFieldsBlock());
        Map<Long, String> contentById = new HashMap<>();
        em.createQuery("select b from StoryBlock b where b.id in :ids", StoryBlock.class)
                .setParameter("ids", wanted)
                .getResultStream()
                .forEach(block -> contentById.put(block.getId(), block.getContent()));
        List<Block> blocks = blockIds.stream().map(id -> new Block(contentById.get(id))).toList();
        StoryContent content = StoryContent.of(contentById.get(revision.getFieldsBlock()), blocks);
        return new Stored(content, revision.getFieldsBlock(), blockIds);
    }

    private long idFor(UUID storyId, String content, Map<String, Long> existing) {
        Long id = existing.get(content);
        if (id == null) {
            StoryBlock block = new StoryBlock(storyId, content);
            em.persist(block);
            id = block.getId();
            existing.put(content, id);
        }
        return id;
    }
}
