package org.newsdesk.factcheck.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.factcheck.boundary.ClaimView;
import org.newsdesk.factcheck.entity.AnchorStatus;
import org.newsdesk.factcheck.entity.Verdict;
import org.newsdesk.factcheck.boundary.FactCheckService;
import org.newsdesk.factcheck.boundary.Hint;
import org.newsdesk.factcheck.boundary.VerdictView;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StoryView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fact-check screen of one story. The text shows every claim that has a place in it, marked by verdict with a
 * symbol and a label (never by colour alone); selecting text marks a new claim; the side panel rates, resolves and
 * discusses the selected claim. Changes by others arrive as live updates ({@link org.newsdesk.shared.push.ScreenUpdates}).
 */
@Named
@ViewScoped
public class FactCheckBean implements Serializable {

    @EJB
    FactCheckService factCheck;

    @EJB
    StoryService stories;

    private String id;
    private StoryView story;
    private List<ClaimView> claims = new ArrayList<>();
    private List<Hint> candidates = new ArrayList<>();
    private boolean showHints;
    private String filter = "all";
    private String selectedId;
    private List<VerdictView> history = List.of();

    private String quote;
    private Integer start;
    private String note;

    private String verdict;
    private String rationale;
    private String sourceUrl;
    private String sourceTitle;
    private String sourceAccessed;
    private String comment;
    private String replyTo;
    private String resolution;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    /** Reloads text and claims (after own changes, and when another person changed something). */
    public void refresh() {
        story = stories.get(id);
        claims = factCheck.claims(id);
        candidates = showHints ? factCheck.candidates(id).stream().filter(Hint::isInBody).toList()
                : List.of();
        loadHistory();
    }

    public void mark() {
        ClaimView claim = factCheck.mark(id, quote, null, null, start, note);
        selectedId = claim.id();
        quote = null;
        note = null;
        changed("factcheck.marked");
    }

    /** Marks a check-worthy passage as a claim as it is (keyboard users need no mouse selection). */
    public void markHint(int hintStart) {
        Hint hint = candidates.stream().filter(h -> h.start() == hintStart).findFirst().orElse(null);
        if (hint == null) {
            Messages.warn("factcheck.hintGone");
            refresh();
            return;
        }
        ClaimView claim = factCheck.mark(id, hint.text(), null, null, hint.start(), null);
        selectedId = claim.id();
        changed("factcheck.marked");
    }

    public void rate() {
        List<ClaimView.Source> sources = sourceUrl == null || sourceUrl.isBlank() ? List.of()
                : List.of(new ClaimView.Source(sourceUrl.strip(), sourceTitle, sourceAccessed));
        factCheck.rate(selectedId, verdict, rationale, sources);
        rationale = null;
        sourceUrl = null;
        sourceTitle = null;
        sourceAccessed = null;
        changed("factcheck.rated");
    }

    public void resolve() {
        factCheck.resolve(selectedId, resolution);
        resolution = null;
        changed("factcheck.resolved");
    }

    public void addComment() {
        factCheck.comment(selectedId, comment, replyTo);
        comment = null;
        replyTo = null;
        changed("factcheck.commented");
    }

    /** Shows another claim: its forms start empty, so nothing typed for one claim is saved for another. */
    public void select(String claimId) {
        selectedId = claimId;
        replyTo = null;
        verdict = null;
        rationale = null;
        sourceUrl = null;
        sourceTitle = null;
        sourceAccessed = null;
        comment = null;
        resolution = null;
        loadHistory();
    }

    private void loadHistory() {
        history = getSelected() == null ? List.of() : factCheck.verdictHistory(selectedId);
    }

    /** Every rating of the selected claim, newest first. */
    public List<VerdictView> getHistory() {
        List<VerdictView> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The next comment answers this one (null: a new thread). */
    public void replyTo(String commentId) {
        replyTo = commentId;
    }

    /** One comment of the discussion with how deep it is in its thread. */
    public record ThreadEntry(ClaimView.CommentView comment, int depth) implements Serializable {
    }

    /** The selected claim's discussion as threads: every answer right after what it answers, indented. */
    public List<ThreadEntry> getThread() {
        ClaimView selected = getSelected();
        List<ThreadEntry> thread = new ArrayList<>();
        if (selected != null) {
            addAnswers(selected.comments(), null, 0, thread);
        }
        return thread;
    }

    private static void addAnswers(List<ClaimView.CommentView> comments, String parentId, int depth,
                                   List<ThreadEntry> thread) {
        for (ClaimView.CommentView comment : comments) {
            if (java.util.Objects.equals(comment.parentId(), parentId)) {
                thread.add(new ThreadEntry(comment, depth));
                addAnswers(comments, comment.id(), depth + 1, thread);
            }
        }
    }

    /** Whom the comment being written answers, for "Reply to …". */
    public ClaimView.CommentView getReplyingTo() {
        ClaimView selected = getSelected();
        return selected == null || replyTo == null ? null
                : selected.comments().stream().filter(c -> c.id().equals(replyTo)).findFirst().orElse(null);
    }

    public void toggleHints() {
        refresh();
    }

    private void changed(String messageKey) {
        refresh();
        Messages.info(messageKey);
    }

    /** The text with claims (and, when switched on, hints) marked; escaped here, so it is safe to output. */
    public String getMarkedText() {
        return TextMarkup.render(story.content().canonicalText(), claims, candidates, selectedId, Messages::text);
    }

    public List<ClaimView> getVisibleClaims() {
        return claims.stream()
                .filter(c -> !orphaned(c))
                .filter(c -> switch (filter) {
                    case "unchecked" -> Verdict.of(c.verdict()).orElse(Verdict.UNCHECKED) == Verdict.UNCHECKED;
                    case "recheck" -> c.needsRecheck();
                    case "orphaned" -> false;
                    default -> true;
                })
                .sorted(Comparator.comparing((ClaimView c) -> c.anchor().start() == null ? 0 : c.anchor().start()))
                .toList();
    }

    public List<ClaimView> getOrphanedClaims() {
        return claims.stream().filter(FactCheckBean::orphaned).toList();
    }

    private static boolean orphaned(ClaimView claim) {
        return AnchorStatus.ofLabel(claim.anchor().status()) == AnchorStatus.ORPHANED;
    }

    public ClaimView getSelected() {
        return claims.stream().filter(c -> c.id().equals(selectedId)).findFirst().orElse(null);
    }

    public List<String> getVerdicts() {
        return List.of("verified", "false", "misleading", "unverifiable", "needs-context");
    }

    /** Every verdict with its symbol and word, for the legend. */
    public List<String> getLegend() {
        List<String> legend = new ArrayList<>(List.of("unchecked"));
        legend.addAll(getVerdicts());
        return legend;
    }

    /** Whether the selected claim's passage is gone from the text (its rating then stands for its last wording). */
    public boolean isSelectedOrphaned() {
        ClaimView selected = getSelected();
        return selected != null && orphaned(selected);
    }

    /** Whether the selected claim is rated so that an editor records how it was handled (the rule of {@link Verdict}). */
    public boolean isSelectedNeedsResolution() {
        ClaimView selected = getSelected();
        return selected != null && Verdict.of(selected.verdict()).map(Verdict::needsResolution).orElse(false);
    }

    public String verdictLabel(String verdict) {
        return TextMarkup.label(verdict, Messages::text);
    }

    public String hintReasons(Hint hint) {
        return TextMarkup.reasons(hint, Messages::text);
    }

    /** The check-worthy passages (when shown) that are not a claim yet, in text order. */
    public List<Hint> getOpenHints() {
        return candidates.stream().filter(hint -> claims.stream().noneMatch(claim -> overlaps(claim, hint))).toList();
    }

    private static boolean overlaps(ClaimView claim, Hint hint) {
        Integer start = claim.anchor().start();
        return start != null && start < hint.end() && hint.start() < claim.anchor().end();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public StoryView getStory() {
        return story;
    }

    public boolean isShowHints() {
        return showHints;
    }

    public void setShowHints(boolean showHints) {
        this.showHints = showHints;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(String selectedId) {
        this.selectedId = selectedId;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public String getSourceAccessed() {
        return sourceAccessed;
    }

    public void setSourceAccessed(String sourceAccessed) {
        this.sourceAccessed = sourceAccessed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public void setSourceTitle(String sourceTitle) {
        this.sourceTitle = sourceTitle;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
