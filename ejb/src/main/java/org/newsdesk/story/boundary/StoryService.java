package org.newsdesk.story.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.boundary.PayloadTooLargeException;
import org.newsdesk.shared.boundary.StaleRevisionException;
import org.newsdesk.shared.boundary.StoryChanged;
import org.newsdesk.shared.boundary.WrongStateException;
import org.newsdesk.story.control.AgencyCopyImporter;
import org.newsdesk.story.control.BodyParser;
import org.newsdesk.story.control.ImportRejectedException;
import org.newsdesk.story.control.ImportedStory;
import org.newsdesk.story.control.RevisionStore;
import org.newsdesk.story.control.Stories;
import org.newsdesk.story.control.StoryAccess;
import org.newsdesk.story.control.StoryRules;
import org.newsdesk.story.control.ThreeWayMerge;
import org.newsdesk.story.control.WordDiff;
import org.newsdesk.story.entity.Block;
import org.newsdesk.story.entity.Revision;
import org.newsdesk.story.entity.RevisionId;
import org.newsdesk.story.entity.Story;
import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Stories and their revisions. Every save with changed content appends one immutable revision and one audit
 * event in the same transaction; a save based on an older revision is refused (never a silent overwrite).
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class StoryService {


    private static final String ENTITY = "story";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<StoryRevised> revised;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<StoryChanged> changed;

    public StoryView create(StoryInput input, String note) {
        access().requireCreator();
        StoryContent content = contentOf(input, null, note);
        Story story = new Story(UUID.randomUUID(), caller(), Instant.now());
        em.persist(story);
        Revision revision = append(story, content, null, note, null);
        audit.record(AuditAction.STORY_CREATED, story.getId().toString(), ENTITY, story.getId().toString(),
                details(revision, "headline", content.headline()));
        return view(story, revision, content);
    }

    /** Creates a draft from plain-text agency or radio copy (see {@link AgencyCopyImporter}). */
    public StoryView importCopy(byte[] text, String desk, String language) {
        access().requireCreator();
        ImportedStory imported;
        try {
            imported = new AgencyCopyImporter().parse(text);
        } catch (ImportRejectedException e) {
            if (e.tooLarge()) {
                throw new PayloadTooLargeException(e.getMessage());
            }
            throw new InvalidInputException("text", e.getMessage());
        }
        StoryContent content = imported.toContent(desk, language);
        List<FieldError> errors = StoryRules.check(content.headline(), content.language(), Map.of("desk",
                Objects.requireNonNullElse(content.desk(), "")), List.of(), null, null, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Story story = new Story(UUID.randomUUID(), caller(), Instant.now());
        em.persist(story);
        Revision revision = append(story, content, null, "Imported", null);
        Map<String, Object> details = details(revision, "headline", content.headline());
        details.put("headlineProvisional", content.headlineProvisional());
        details.put("bytes", text.length);
        audit.record(AuditAction.STORY_IMPORTED, story.getId().toString(), ENTITY, story.getId().toString(), details);
        return view(story, revision, content);
    }

    public StoryView get(String id) {
        Story story = Stories.get(em, id);
        Revision revision = revision(story, story.getCurrentRevision());
        return view(story, revision, new RevisionStore(em).load(revision).content());
    }

    /**
     * The current revision, held until the caller's transaction ends: no save or restore comes in between (they
     * wait), so work that places itself in the current text — marking or rating a claim — stays valid.
     */
    public StoryView hold(String id) {
        Story story = Stories.get(em, id, LockModeType.PESSIMISTIC_READ);
        Revision revision = revision(story, story.getCurrentRevision());
        return view(story, revision, new RevisionStore(em).load(revision).content());
    }

    public StoryView getRevision(String id, int number) {
        Story story = Stories.get(em, id);
        Revision revision = revision(story, number);
        return view(story, revision, new RevisionStore(em).load(revision).content());
    }

    public List<RevisionInfo> revisions(String id) {
        Story story = Stories.get(em, id);
        return em.createNamedQuery(Revision.FIND_BY_STORY, Revision.class)
                .setParameter("story", story.getId())
                .getResultStream()
                .map(StoryService::info)
                .toList();
    }

    /**
     * Saves a new revision based on revision {@code base}. Refused when somebody saved in between
     * ({@link StaleRevisionException}); unchanged content makes no revision.
     */
    public SaveResult save(String id, int base, StoryInput input, String note) {
        Story story = lockForWriting(id, base);
        RevisionStore store = new RevisionStore(em);
        Revision current = revision(story, story.getCurrentRevision());
        RevisionStore.Stored stored = store.load(current);
        StoryContent content = contentOf(input, stored.content(), note);
        if (story.holds(content)) {
            return new SaveResult(view(story, current, stored.content()), false);
        }
        // the word diff of the save, computed once: for the revision's count of changed words and for the claims
        List<WordDiff.Op> ops = WordDiff.diff(stored.content().canonicalText(), content.canonicalText());
        Revision revision = append(story, content, stored, note, ops);
        // observers (claims, a voided approval) first: the audit log's lock is then held only for the appends
        List<String> recheck = revise(story, new StoryRevised(id, revision.getNumber(),
                stored.content().canonicalText(), content.canonicalText(), ops));
        changed.fire(new StoryChanged(id, StoryChanged.Aspect.TEXT));
        Map<String, Object> details = details(revision, "wordsChanged", revision.getWordsChanged());
        details.put("recheck", recheck.isEmpty() ? null : recheck);
        audit.record(AuditAction.STORY_SAVED, story.getId().toString(), ENTITY, story.getId().toString(), details);
        return new SaveResult(view(story, revision, content), true);
    }

    /**
     * Tells the observers (claims re-anchor, an approval is voided) about a new revision; answers the wordings of
     * the claims that need a re-check since this revision, for the audit event (the story's timeline shows them).
     */
    private List<String> revise(Story story, StoryRevised event) {
        revised.fire(event);
        return event.newlyNeedingRecheck();
    }

    /** A new revision with the content of revision {@code number}, note "Restored from revision N". */
    public SaveResult restore(String id, int number, int base) {
        Story story = lockForWriting(id, base);
        RevisionStore store = new RevisionStore(em);
        RevisionStore.Stored old = store.load(revision(story, number));
        Revision current = revision(story, story.getCurrentRevision());
        RevisionStore.Stored now = store.load(current);
        if (story.holds(old.content())) {
            return new SaveResult(view(story, current, now.content()), false);
        }
        List<WordDiff.Op> ops = WordDiff.diff(now.content().canonicalText(), old.content().canonicalText());
        Revision revision = append(story, old.content(), now, "Restored from revision " + number, ops);
        List<String> recheck = revise(story, new StoryRevised(id, revision.getNumber(),
                now.content().canonicalText(), old.content().canonicalText(), ops));
        changed.fire(new StoryChanged(id, StoryChanged.Aspect.TEXT));
        Map<String, Object> details = details(revision, "restoredFrom", number);
        details.put("recheck", recheck.isEmpty() ? null : recheck);
        audit.record(AuditAction.STORY_RESTORED, story.getId().toString(), ENTITY, story.getId().toString(), details);
        return new SaveResult(view(story, revision, old.content()), true);
    }

    /**
     * After a refused (stale) save: their current revision, both sides' changes since {@code base}, and the
     * combination of both when they do not touch the same field or paragraph. Changes nothing.
     */
    public MergeProposal proposeMerge(String id, int base, StoryInput mine) {
        Story story = Stories.get(em, id);
        access().requireWriter(story);
        RevisionStore store = new RevisionStore(em);
        StoryContent baseContent = store.load(revision(story, base)).content();
        Revision current = revision(story, story.getCurrentRevision());
        StoryContent theirs = store.load(current).content();
        StoryContent myContent = contentOf(mine, baseContent, null);
        StoryContent merged = ThreeWayMerge.merge(baseContent, theirs, myContent).orElse(null);
        return new MergeProposal(view(story, current, theirs), base,
                StoryDiff.runs(WordDiff.diff(baseContent.canonicalText(), theirs.canonicalText())),
                StoryDiff.runs(WordDiff.diff(baseContent.canonicalText(), myContent.canonicalText())), merged);
    }

    public StoryDiff diff(String id, int from, int to) {
        Story story = Stories.get(em, id);
        RevisionStore store = new RevisionStore(em);
        StoryContent a = store.load(revision(story, from)).content();
        StoryContent b = store.load(revision(story, to)).content();
        List<StoryDiff.FieldChange> fields = new ArrayList<>();
        Map<String, String> before = a.fields();
        b.fields().forEach((field, after) -> {
            if (!Objects.equals(before.get(field), after)) {
                fields.add(new StoryDiff.FieldChange(field, before.get(field), after));
            }
        });
        List<WordDiff.Op> ops = WordDiff.diff(a.canonicalText(), b.canonicalText());
        return new StoryDiff(from, to, fields, StoryDiff.runs(ops), WordDiff.hints(ops));
    }

    public Page<StorySummary> list(StoryQuery query, int page, int size) {
        return list(query, page, size, null, false);
    }

    /**
     * One page of stories. {@code sortField} is one of headline, desk, language, state, revision, updatedAt,
     * createdAt (default: updatedAt, newest first).
     */
    public Page<StorySummary> list(StoryQuery query, int page, int size, String sortField, boolean ascending) {
        return new StoryListing(em).page(query, page, size, sortField, ascending);
    }

    private Revision append(Story story, StoryContent content, RevisionStore.Stored base, String note,
                            List<WordDiff.Op> ops) {
        return new RevisionStore(em).append(story, content, base, caller(), note, ops);
    }

    /**
     * Whether the caller may change this story's content by the one write rule ({@link Story#WRITERS}), whatever
     * its state; the editor screen asks before it offers a form whose save would be refused.
     */
    public boolean mayWrite(String id) {
        return access().mayWrite(Stories.get(em, id));
    }

    /** Whether the caller may start stories ({@link Story#CREATORS}). */
    public boolean mayCreate() {
        return access().mayCreate();
    }

    private StoryAccess access() {
        return new StoryAccess(em, context);
    }

    /**
     * Loads the story with a row lock: concurrent saves of one story queue up here, and all but one go stale.
     * Refused in this order: not a writer (403), not editable (409), a stale base (412).
     */
    private Story lockForWriting(String id, int base) {
        Story story = Stories.get(em, id, LockModeType.PESSIMISTIC_WRITE);
        access().requireWriter(story);
        if (!story.isEditable()) {
            throw new WrongStateException("The story is " + story.getState()
                    + "; an editor must reopen it before it can be changed.");
        }
        if (story.isStaleBase(base)) {
            throw new StaleRevisionException("The story is at revision " + story.getCurrentRevision()
                    + "; your change is based on revision " + base + ". Load the current revision and merge.");
        }
        return story;
    }

    private StoryContent contentOf(StoryInput input, StoryContent previous, String note) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("kicker", input.kicker());
        texts.put("teaser", input.teaser());
        texts.put("byline", input.byline());
        texts.put("desk", input.desk());
        texts.put("caption", input.caption());
        texts.put("credit", input.credit());
        texts.put("sourceNote", input.sourceNote());
        List<FieldError> errors = StoryRules.check(input.headline(), input.language(), texts, input.tags(),
                input.bodyText(), input.bodyHtml(), note);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Block> blocks = input.bodyHtml() != null ? BodyParser.fromHtml(input.bodyHtml())
                : BodyParser.fromText(input.bodyText());
        String headline = input.headline().strip();
        boolean provisional = input.headlineProvisional() != null ? input.headlineProvisional()
                : previous != null && previous.headlineProvisional() && headline.equals(previous.headline());
        List<String> tags = input.tags() == null ? List.of() : input.tags().stream().map(String::strip).toList();
        return new StoryContent(headline, provisional, blankToNull(input.kicker()), blankToNull(input.teaser()),
                blankToNull(input.byline()), blankToNull(input.desk()), input.language(), tags,
                blankToNull(input.caption()), blankToNull(input.credit()), blankToNull(input.sourceNote()),
                input.embargo(), blocks);
    }

    private Revision revision(Story story, int number) {
        Revision revision = em.find(Revision.class, new RevisionId(story.getId(), number));
        if (revision == null) {
            throw new NotFoundException("Story " + story.getId() + " has no revision " + number);
        }
        return revision;
    }

    private static StoryView view(Story story, Revision revision, StoryContent content) {
        return new StoryView(story.getId().toString(), story.getState(), revision.getNumber(), revision.getHashHex(),
                story.getCreatedAt(), story.getCreatedBy(), revision.getCreatedAt(), revision.getAuthor(), content);
    }

    private static RevisionInfo info(Revision revision) {
        return new RevisionInfo(revision.getNumber(), revision.getAuthor(), revision.getCreatedAt(),
                revision.getNote(), revision.getHashHex(), revision.getWordsChanged());
    }

    private static Map<String, Object> details(Revision revision, String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision.getNumber());
        details.put("hash", revision.getHashHex());
        details.put(key, value);
        if (revision.getNote() != null) {
            details.put("note", revision.getNote());
        }
        return details;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
