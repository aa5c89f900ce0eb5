package org.newsdesk.story.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.story.boundary.RevisionInfo;
import org.newsdesk.story.boundary.SaveResult;
import org.newsdesk.story.boundary.StoryDiff;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StoryView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A story's history: every revision, a side-by-side compare of any two, and restoring an old one. */
@Named
@ViewScoped
public class HistoryBean implements Serializable {

    @EJB
    StoryService stories;

    private String id;
    private StoryView story;
    private List<RevisionInfo> revisions;
    private Integer from;
    private Integer to;
    private StoryDiff diff;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
            // ?to=N (a link from the workflow history): compare revision N with the one before
            if (to == null || to < 1 || to > story.revision()) {
                to = story.revision();
            }
            from = Math.max(1, to - 1);
            if (from < to) {
                compare();
            }
        }
    }

    /** Reloads the revisions (a live update: someone saved or restored); what is being compared stays. */
    public void refresh() {
        story = stories.get(id);
        revisions = new ArrayList<>(stories.revisions(id));
        Collections.reverse(revisions);
    }

    public void compare() {
        diff = stories.diff(id, from, to);
    }

    public void restore(int number) {
        SaveResult result = stories.restore(id, number, story.revision());
        refresh();
        if (result.newRevision()) {
            Messages.info("history.restored", number, result.story().revision());
        } else {
            Messages.info("history.restoreUnchanged", number);
        }
        to = story.revision();
        from = number;
        compare();
    }

    public String getBefore() {
        return diff == null ? "" : DiffHtml.before(diff.ops());
    }

    public String getAfter() {
        return diff == null ? "" : DiffHtml.after(diff.ops());
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

    public List<RevisionInfo> getRevisions() {
        return revisions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public StoryDiff getDiff() {
        return diff;
    }
}
