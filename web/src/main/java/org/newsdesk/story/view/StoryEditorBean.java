package org.newsdesk.story.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsdesk.shared.boundary.StaleRevisionException;
import org.newsdesk.shared.view.Dates;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.shared.view.SessionPreferences;
import org.newsdesk.story.boundary.MergeProposal;
import org.newsdesk.story.boundary.SaveResult;
import org.newsdesk.story.boundary.StoryInput;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StoryView;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.story.entity.StoryContent;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The story editor. A save is always based on the revision the editor loaded; when somebody saved in between,
 * nothing is overwritten: the editor shows their change next to mine and offers to keep theirs, to combine both
 * (when they touch different paragraphs and fields), or to put mine on top of theirs.
 */
@Named
@ViewScoped
public class StoryEditorBean implements Serializable {

    @EJB
    StoryService stories;

    @Inject
    SessionPreferences preferences;

    @Inject
    EditorPresence presence;

    @Inject
    Dates dates;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    private String id;
    private int baseRevision;
    private StoryState state;
    /** Whether the one write rule lets me change the loaded story (its author, an editor, a chief editor). */
    private boolean writer;
    private String headline;
    private boolean headlineProvisional;
    private String kicker;
    private String teaser;
    private String byline;
    private String desk;
    private String language = "de";
    private List<String> tags = new ArrayList<>();
    private String caption;
    private String credit;
    private String sourceNote;
    private LocalDateTime embargo;
    private String bodyHtml;
    private String note;
    private MergeProposal conflict;
    /** The story this page loaded (and exists): the only one presence is reported for. */
    private String opened;
    /** The story's newest revision when someone else saved one after the one this form is based on. */
    private StoryView newer;

    /** Loads the story named by the {@code id} parameter (a new story when there is none). Reads only. */
    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            fill(stories.get(id));
            opened = id;
            here();
        }
    }

    /**
     * Tells the others that I have this story open (called on load and as a heartbeat from the page): only the
     * story this page loaded, whatever id a postback names.
     */
    public void here() {
        if (opened != null) {
            presence.arrive(opened, me());
        }
    }

    /** Called when the page is left. */
    public void gone() {
        if (opened != null) {
            presence.leave(opened, me());
        }
    }

    /** Who else has this story open in the editor right now. */
    public List<String> getOthersEditing() {
        return opened == null ? List.of() : presence.others(opened, me());
    }

    public String getOthersEditingNames() {
        return String.join(", ", getOthersEditing());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public void save() throws IOException {
        StoryInput input = input();
        if (id == null) {
            StoryView created = stories.create(input, note);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("editor.created", created.revision());
            external.redirect(external.getRequestContextPath() + "/stories/edit.xhtml?id=" + created.id());
            return;
        }
        try {
            SaveResult result = stories.save(id, baseRevision, input, note);
            fill(result.story());
            note = null;
            conflict = null;
            if (result.newRevision()) {
                Messages.info("editor.saved", result.story().revision());
            } else {
                Messages.info("editor.unchanged");
            }
        } catch (StaleRevisionException e) {
            conflict = stories.proposeMerge(id, baseRevision, input);
            Messages.warn("editor.conflict", conflict.theirs().updatedBy(), conflict.theirs().revision());
            // not saved: the page keeps asking before it is left
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Someone changed the story (a live update): is there a revision newer than the one I am editing? */
    public void checkNewer() {
        if (id != null) {
            StoryView latest = stories.get(id);
            newer = latest.revision() > baseRevision ? latest : null;
        }
    }

    /** Discards my change and continues from the newest revision. */
    public void loadNewer() {
        fill(stories.get(id));
        Messages.info("editor.loadedNewer", baseRevision);
    }

    /**
     * Whether this user can save here at all: the service's write rule (a new story: who may start one; a loaded
     * one: its authors, editors and chief editors), and a story not published or spiked. Spares the others a form
     * whose save the service would refuse.
     */
    public boolean isSavable() {
        boolean allowed = id == null ? stories.mayCreate() : writer;
        return allowed && (state == null || state.editable());
    }

    public StoryView getNewer() {
        return newer != null && newer.revision() > baseRevision ? newer : null;
    }

    /** "chief saved revision 5 (29.11.2026, 10:15) while you are editing. …" */
    public String getNewerNotice() {
        StoryView latest = getNewer();
        return latest == null ? "" : Messages.text("editor.newer", latest.updatedBy(),
                String.valueOf(latest.revision()), dates.format(latest.updatedAt()));
    }

    /** Discards my change and continues from their revision. */
    public void keepTheirs() {
        fill(conflict.theirs());
        conflict = null;
        Messages.info("editor.keptTheirs");
    }

    /** Takes the combination of both changes into the form, based on their revision; saving is still mine to do. */
    public void takeMerged() {
        int theirRevision = conflict.theirs().revision();
        fillContent(conflict.merged());
        baseRevision = theirRevision;
        conflict = null;
        Messages.info("editor.mergedReview");
    }

    /** Keeps my version in the form, now based on their revision: the next save puts mine after theirs. */
    public void keepMineOnTop() {
        baseRevision = conflict.theirs().revision();
        conflict = null;
        Messages.info("editor.mineOnTopDone");
    }

    public String getTheirChangesBefore() {
        return conflict == null ? "" : DiffHtml.before(conflict.theirChanges());
    }

    public String getTheirChangesAfter() {
        return conflict == null ? "" : DiffHtml.after(conflict.theirChanges());
    }

    public String getMyChangesAfter() {
        return conflict == null ? "" : DiffHtml.after(conflict.myChanges());
    }

    private StoryInput input() {
        return new StoryInput(headline, headlineProvisional, kicker, teaser, byline, desk, language, tags, caption,
                credit, sourceNote, embargo == null ? null : embargo.atZone(zone()).toInstant(), null,
                bodyHtml == null ? "" : bodyHtml);
    }

    private void fill(StoryView story) {
        newer = null;
        id = story.id();
        baseRevision = story.revision();
        state = story.state();
        writer = stories.mayWrite(story.id());
        fillContent(story.content());
    }

    private void fillContent(StoryContent content) {
        headline = content.headline();
        headlineProvisional = content.headlineProvisional();
        kicker = content.kicker();
        teaser = content.teaser();
        byline = content.byline();
        desk = content.desk();
        language = content.language();
        tags = new ArrayList<>(content.tags());
        caption = content.caption();
        credit = content.credit();
        sourceNote = content.sourceNote();
        embargo = content.embargo() == null ? null : LocalDateTime.ofInstant(content.embargo(), zone());
        bodyHtml = content.bodyHtml();
    }

    private ZoneId zone() {
        return ZoneId.of(preferences.getTimeZone());
    }

    public boolean isNew() {
        return id == null;
    }

    public MergeProposal getConflict() {
        return conflict;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public StoryState getState() {
        return state;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public boolean isHeadlineProvisional() {
        return headlineProvisional;
    }

    public void setHeadlineProvisional(boolean headlineProvisional) {
        this.headlineProvisional = headlineProvisional;
    }

    public String getKicker() {
        return kicker;
    }

    public void setKicker(String kicker) {
        this.kicker = kicker;
    }

    public String getTeaser() {
        return teaser;
    }

    public void setTeaser(String teaser) {
        this.teaser = teaser;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public LocalDateTime getEmbargo() {
        return embargo;
    }

    public void setEmbargo(LocalDateTime embargo) {
        this.embargo = embargo;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
