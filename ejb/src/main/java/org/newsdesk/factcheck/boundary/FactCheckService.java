package org.newsdesk.factcheck.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.control.Canonical;
import org.newsdesk.factcheck.control.Anchor;
import org.newsdesk.factcheck.control.AnchorException;
import org.newsdesk.factcheck.control.Anchoring;
import org.newsdesk.factcheck.control.Candidate;
import org.newsdesk.factcheck.control.CheckWorthiness;
import org.newsdesk.factcheck.control.Exports;
import org.newsdesk.factcheck.control.TextQuote;
import org.newsdesk.factcheck.entity.AnchorStatus;
import org.newsdesk.factcheck.entity.Claim;
import org.newsdesk.factcheck.entity.ClaimComment;
import org.newsdesk.factcheck.entity.Verdict;
import org.newsdesk.factcheck.entity.VerdictRecord;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.shared.boundary.StoryChanged;
import org.newsdesk.shared.boundary.WrongStateException;
import org.newsdesk.story.boundary.StoryRevised;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StoryView;
import org.newsdesk.story.control.WordDiff;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Fact-checking of a story: claims are marked in the current revision, rated by fact-checkers with sources,
 * resolved by editors when false or misleading, and discussed. On every new revision of the story, all its claims
 * are re-anchored in the same transaction ({@link #reanchor}). Every change appends one audit event.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class FactCheckService {


    private static final String ENTITY = "claim";

    @PersistenceContext
    EntityManager em;

    @EJB
    StoryService stories;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<StoryChanged> changed;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<RecheckNeeded> recheck;

    /** The publisher named as author of ClaimReviews (NEWSDESK_ORGANIZATION_NAME). */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsdesk.organization.name", defaultValue = "Newsdesk")
    String organization;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsdesk.organization.url")
    java.util.Optional<String> organizationUrl;

    @RolesAllowed({Roles.FACT_CHECKER, Roles.EDITOR})
    public ClaimView mark(String storyId, String quote, String prefix, String suffix, Integer start, String note) {
        quote = Canonical.text(quote);
        prefix = Canonical.text(prefix);
        suffix = Canonical.text(suffix);
        note = Canonical.text(note);
        List<FieldError> errors = new ArrayList<>();
        if (quote == null || quote.isBlank()) {
            errors.add(new FieldError("quote", "is required"));
        } else if (quote.length() > 5000) {
            errors.add(new FieldError("quote", "must have at most 5000 characters"));
        }
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "must have at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StoryView story = stories.hold(storyId);
        String text = story.content().canonicalText();
        Anchoring.Located located;
        try {
            located = Anchoring.locate(text, quote, prefix, suffix, start);
        } catch (AnchorException e) {
            throw new InvalidInputException("quote", e.getMessage());
        }
        Claim claim = new Claim(UUID.fromString(story.id()), story.revision(), located.quote().exact(),
                located.quote().prefix(), located.quote().suffix(), located.start(), located.end(), note, caller(),
                Instant.now());
        em.persist(claim);
        audit.record(AuditAction.CLAIM_CREATED, story.id(), ENTITY, claim.getId().toString(), details("quote", claim.getQuote()));
        claimsChanged(claim);
        return view(claim, List.of());
    }

    public List<ClaimView> claims(String storyId) {
        StoryView story = stories.get(storyId);
        List<Claim> claims = em.createNamedQuery(Claim.FIND_BY_STORY, Claim.class)
                .setParameter("story", UUID.fromString(story.id()))
                .getResultList();
        Map<UUID, List<ClaimView.CommentView>> comments = comments(claims);
        return claims.stream().map(c -> view(c, comments.getOrDefault(c.getId(), List.of()))).toList();
    }

    public ClaimView claim(String claimId) {
        Claim claim = find(claimId);
        return view(claim, comments(List.of(claim)).getOrDefault(claim.getId(), List.of()));
    }

    /** Every rating of the claim, oldest first. */
    public List<VerdictView> verdictHistory(String claimId) {
        return em.createNamedQuery(VerdictRecord.FIND_BY_CLAIM, VerdictRecord.class)
                .setParameter("claim", find(claimId).getId())
                .getResultStream()
                .map(v -> new VerdictView(v.getVerdict().label(), v.getRationale(), sources(v.getSources()), v.getCheckedBy(),
                        v.getCheckedAt(), v.getRevision(), v.getRatedText()))
                .toList();
    }

    /** Rates a claim against the story's current revision; every rating is kept. */
    @RolesAllowed(Roles.FACT_CHECKER)
    public ClaimView rate(String claimId, String verdictLabel, String rationale, List<ClaimView.Source> sources) {
        rationale = Canonical.text(rationale);
        List<FieldError> errors = new ArrayList<>();
        Verdict verdict = Verdict.of(verdictLabel == null ? "" : verdictLabel).orElse(null);
        if (verdict == null) {
            errors.add(new FieldError("verdict", "must be one of " + String.join(", ", Verdict.labels())));
        }
        if (rationale != null && rationale.length() > 10_000) {
            errors.add(new FieldError("rationale", "must have at most 10000 characters"));
        }
        String sourcesJson = sourcesJson(sources == null ? List.of() : sources, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Change change = findForChange(claimId);
        Claim claim = change.claim();
        StoryView story = change.story();
        String prefixNow = null;
        String suffixNow = null;
        if (claim.getAnchorStatus() != AnchorStatus.ORPHANED) {
            TextQuote now = Anchoring.quoteAt(story.content().canonicalText(), claim.getAnchorStart(),
                    claim.getAnchorEnd());
            prefixNow = now.prefix();
            suffixNow = now.suffix();
        }
        VerdictRecord record = claim.rate(verdict, blankToNull(rationale), sourcesJson, caller(), story.revision(),
                prefixNow, suffixNow, Instant.now());
        em.persist(record);
        Map<String, Object> details = details("verdict", verdict.label());
        details.put("revision", story.revision());
        details.put("sources", sources == null ? 0 : sources.size());
        audit.record(AuditAction.CLAIM_RATED, claim.getStoryId().toString(), ENTITY, claim.getId().toString(), details);
        claimsChanged(claim);
        return claim(claimId);
    }

    /** How an editor handled a claim rated false or misleading. */
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
    public ClaimView resolve(String claimId, String text) {
        text = Canonical.text(text);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInputException("text", "is required (at most 4000 characters)");
        }
        Claim claim = findForChange(claimId).claim();
        if (!claim.verdict().needsResolution()) {
            throw new WrongStateException("Only claims rated false or misleading get a resolution; this one is "
                    + claim.verdict().label() + ".");
        }
        claim.resolve(text.strip(), caller(), Instant.now());
        audit.record(AuditAction.CLAIM_RESOLVED, claim.getStoryId().toString(), ENTITY, claim.getId().toString(),
                details("resolution", text.strip()));
        claimsChanged(claim);
        return claim(claimId);
    }

    public ClaimView comment(String claimId, String text, String parentId) {
        text = Canonical.text(text);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInputException("text", "is required (at most 4000 characters)");
        }
        Claim claim = find(claimId);
        Long parent = parentId == null || parentId.isBlank() ? null : commentOf(claim, parentId);
        ClaimComment comment = new ClaimComment(claim.getId(), parent, caller(), text.strip(), Instant.now());
        em.persist(comment);
        em.flush();
        Map<String, Object> details = details("comment", comment.getId());
        if (parent != null) {
            details.put("parentId", parent);
        }
        audit.record(AuditAction.CLAIM_COMMENTED, claim.getStoryId().toString(), ENTITY, claim.getId().toString(), details);
        claimsChanged(claim);
        return claim(claimId);
    }

    /** All claims of the story as a W3C Web Annotation collection; {@code apiBase} is the API's absolute URL. */
    public JsonObject annotations(String storyId, String apiBase) {
        StoryView story = stories.get(storyId);
        String storyUrl = apiBase + "stories/" + story.id();
        return Exports.annotations(storyUrl + "/annotations", storyUrl, apiBase + "claims/",
                story.content().language(), exportData(story, claims(storyId)));
    }

    /** The rated claims of the story as schema.org ClaimReview JSON-LD. */
    public JsonObject claimReviews(String storyId, String apiBase) {
        StoryView story = stories.get(storyId);
        return Exports.claimReviews(apiBase + "stories/" + story.id(), apiBase + "claims/", organization,
                organizationUrl.orElse(null), exportData(story, claims(storyId)));
    }

    /**
     * The claims with their place: in the current revision when they have one there, else (orphaned) in the
     * revision they were marked on, read from the kept revisions.
     */
    private List<Exports.ClaimData> exportData(StoryView story, List<ClaimView> claims) {
        Map<Integer, String> texts = new HashMap<>();
        texts.put(story.revision(), story.content().canonicalText());
        return claims.stream().map(c -> {
            boolean located = c.anchor().start() != null;
            int revision = located ? story.revision() : c.createdRevision();
            String text = texts.computeIfAbsent(revision,
                    n -> stories.getRevision(story.id(), n).content().canonicalText());
            int start = located ? c.anchor().start() : c.createdStart();
            int end = located ? c.anchor().end() : c.createdEnd();
            TextQuote quote = Anchoring.quoteAt(text, start, end);
            return new Exports.ClaimData(c.id(), c.quote(),
                    new Exports.Target(revision, quote.exact(), quote.prefix(), quote.suffix(), start, end),
                    c.verdict(), c.rationale(), c.checkedBy(), c.checkedAt(), c.createdBy(), c.createdAt(), c.note());
        }).toList();
    }

    /**
     * Check-worthy passages of the body (offsets in the canonical text), then of the headline, teaser, caption and
     * source note (located in their field only).
     */
    public List<Hint> candidates(String storyId) {
        StoryView story = stories.get(storyId);
        String language = story.content().language();
        List<Hint> hints = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Hint.BODY, story.content().canonicalText());
        fields.put("headline", story.content().headline());
        fields.put("teaser", story.content().teaser());
        fields.put("caption", story.content().caption());
        fields.put("sourceNote", story.content().sourceNote());
        fields.forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                CheckWorthiness.candidates(text, language).forEach(c ->
                        hints.add(field.equals(Hint.BODY) ? Hint.inBody(c.start(), c.end(), c.text(), c.reasons())
                                : Hint.inField(field, c.start(), c.end(), c.text(), c.reasons())));
            }
        });
        return hints;
    }

    /**
     * Moves every claim of the story to where its passage is in the new revision: intact, modified (with the new
     * wording) or orphaned. Runs in the saving transaction, so claims and text never disagree.
     */
    public void reanchor(@Observes StoryRevised revised) {
        List<Claim> claims = em.createNamedQuery(Claim.FIND_BY_STORY, Claim.class)
                .setParameter("story", UUID.fromString(revised.storyId()))
                .getResultList();
        if (claims.isEmpty()) {
            return;
        }
        // the save's diff (computed once, by the save), the sentences and their words: shared by all its claims
        org.newsdesk.factcheck.control.NewText shared = new org.newsdesk.factcheck.control.NewText(revised.newText(), revised.ops());
        Map<String, List<String>> toRecheck = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Anchor previous = new Anchor(claim.getAnchorStatus(), claim.getAnchorStart(), claim.getAnchorEnd(),
                    claim.getAnchorText());
            Anchor next = Anchoring.reanchor(new TextQuote(claim.getQuote(), claim.getPrefix(), claim.getSuffix()),
                    previous, shared);
            boolean settled = !claim.needsRecheck();
            claim.anchorAt(revised.revision(), next.status(), next.start(), next.end(), next.text());
            if (settled && claim.needsRecheck()) {
                String wording = claim.getAnchorText() != null ? claim.getAnchorText() : claim.getQuote();
                revised.newlyNeedingRecheck().add(wording);
                if (claim.getCheckedBy() != null) {
                    toRecheck.computeIfAbsent(claim.getCheckedBy(), c -> new ArrayList<>())
                            .add(next.text() != null ? next.text() : claim.getQuote());
                }
            }
        }
        // one notification per checker and save, however many of their claims it touched
        toRecheck.forEach((checker, wordings) -> recheck.fire(new RecheckNeeded(revised.storyId(), checker,
                wordings.get(0) + (wordings.size() > 1 ? " (+" + (wordings.size() - 1) + ")" : ""))));
    }

    private Map<UUID, List<ClaimView.CommentView>> comments(List<Claim> claims) {
        Map<UUID, List<ClaimView.CommentView>> byClaim = new HashMap<>();
        if (claims.isEmpty()) {
            return byClaim;
        }
        em.createNamedQuery(ClaimComment.FIND_BY_CLAIMS, ClaimComment.class)
                .setParameter("claims", claims.stream().map(Claim::getId).toList())
                .getResultStream()
                .forEach(c -> byClaim.computeIfAbsent(c.getClaimId(), id -> new ArrayList<>()).add(
                        new ClaimView.CommentView(String.valueOf(c.getId()),
                                c.getParentId() == null ? null : String.valueOf(c.getParentId()), c.getAuthor(),
                                c.getCreatedAt(), c.getText())));
        return byClaim;
    }

    /** Sources as stored (a JSON array of {url, title, accessed}). */
    private static List<ClaimView.Source> sources(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(s -> new ClaimView.Source(
                    s.getString("url"), s.getString("title", null), s.getString("accessed", null))).toList();
        }
    }

    private static ClaimView view(Claim claim, List<ClaimView.CommentView> comments) {
        List<ClaimView.Source> sources = sources(claim.getSources());
        return new ClaimView(claim.getId().toString(), claim.getStoryId().toString(), claim.getQuote(),
                claim.getPrefix(), claim.getSuffix(), new ClaimView.AnchorView(claim.getAnchorStatus().label(),
                claim.getAnchorStart(), claim.getAnchorEnd(), claim.getAnchorText()), claim.verdict().label(),
                claim.getRationale(), sources, claim.getCheckedBy(), claim.getCheckedAt(), claim.getCheckedRevision(),
                claim.needsRecheck(), claim.getResolution(), comments, claim.getNote(), claim.getCreatedBy(),
                claim.getCreatedAt(), claim.getCreatedRevision(), claim.getCreatedStart(), claim.getCreatedEnd());
    }

    /** Sources as stored: http/https URLs only, a title, the day it was read (today when not given). */
    private static String sourcesJson(List<ClaimView.Source> sources, List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < sources.size(); i++) {
            ClaimView.Source source = sources.get(i);
            String field = "sources[" + i + "]";
            String url = source == null ? null : source.url();
            if (url == null || !isWebUrl(url)) {
                errors.add(new FieldError(field + ".url", "must be an http or https URL"));
                continue;
            }
            String accessed = source.accessed() == null || source.accessed().isBlank()
                    ? LocalDate.now(ZoneOffset.UTC).toString() : source.accessed().strip();
            try {
                LocalDate.parse(accessed);
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new FieldError(field + ".accessed", "must be a date such as 2026-11-28"));
                continue;
            }
            var json = Json.createObjectBuilder().add("url", url.strip()).add("accessed", accessed);
            if (source.title() != null && !source.title().isBlank()) {
                json.add("title", source.title().strip());
            }
            array.add(json);
        }
        if (sources.size() > 50) {
            errors.add(new FieldError("sources", "at most 50 sources"));
        }
        return array.build().toString();
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The id of a comment of this claim that a new comment answers. */
    private Long commentOf(Claim claim, String commentId) {
        ClaimComment parent = null;
        try {
            parent = em.find(ClaimComment.class, Long.valueOf(commentId.strip()));
        } catch (NumberFormatException e) {
            // not an id of ours: answered below like an unknown one
        }
        if (parent == null || !parent.getClaimId().equals(claim.getId())) {
            throw new InvalidInputException("parentId", "is not a comment of this claim");
        }
        return parent.getId();
    }

    /** A claim about to change, with its story's current revision. */
    private record Change(Claim claim, StoryView story) {
    }

    /**
     * Holds the claim's story (no save in between) and then locks the claim — the order a save takes them too — so
     * parallel raters and savers wait for each other instead of failing on a stale version.
     */
    private Change findForChange(String claimId) {
        Claim unlocked = find(claimId);
        em.detach(unlocked); // so that the locked read below loads the row as it is once the lock is ours
        StoryView story = stories.hold(unlocked.getStoryId().toString());
        return new Change(em.find(Claim.class, unlocked.getId(), LockModeType.PESSIMISTIC_WRITE), story);
    }

    private Claim find(String claimId) {
        UUID id;
        try {
            id = UUID.fromString(claimId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("No claim with id '" + claimId + "'");
        }
        Claim claim = em.find(Claim.class, id);
        if (claim == null) {
            throw new NotFoundException("No claim with id '" + claimId + "'");
        }
        return claim;
    }

    /** Open screens of the story hear of it once the transaction committed ({@link org.newsdesk.shared.boundary.ChangeFeed}). */
    private void claimsChanged(Claim claim) {
        changed.fire(new StoryChanged(claim.getStoryId().toString(), StoryChanged.Aspect.CLAIMS));
    }

    private static Map<String, Object> details(String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key, value);
        return details;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
