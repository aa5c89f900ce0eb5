package org.newsdesk.audit.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.audit.boundary.StoryTimeline;
import org.newsdesk.audit.boundary.TimelineEntry;
import org.newsdesk.audit.control.TimelineKind;
import org.newsdesk.story.boundary.StoryService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A story's timeline: every change to it oldest first — revisions (each with the diff to the one before),
 * workflow steps, approvals and voidings, assignments, claims, verdicts, re-checks and comments — filtered by kind.
 */
@Named
@ViewScoped
public class TimelineBean implements Serializable {

    @EJB
    transient StoryTimeline timelines;

    @EJB
    transient StoryService stories;

    private String id;
    private String headline;
    private List<TimelineEntry> entries = List.of();
    private boolean earlier;
    private List<String> kinds = new ArrayList<>(Arrays.stream(TimelineKind.values()).map(Enum::name).toList());

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            StoryTimeline.Timeline timeline = timelines.of(id);
            headline = stories.get(id).content().headline();
            entries = timeline.items();
            earlier = timeline.earlier();
        }
    }

    /** The entries of the chosen kinds. */
    public List<TimelineEntry> getShown() {
        return entries.stream().filter(entry -> kinds.contains(entry.kind().name())).toList();
    }

    public List<TimelineKind> getAllKinds() {
        return List.of(TimelineKind.values());
    }

    /** The details as key and value, for reading. */
    public List<Map.Entry<String, String>> fields(TimelineEntry entry) {
        return DetailsLayout.fields(entry.details()).stream()
                .filter(field -> !field.getKey().equals("hash") && !field.getKey().equals("revision"))
                .toList();
    }

    /** Whether the entry made a revision that has one before it to compare with. */
    public boolean hasDiff(TimelineEntry entry) {
        return entry.kind() == TimelineKind.REVISION && entry.revision() != null && entry.revision() > 1;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHeadline() {
        return headline;
    }

    public boolean isEarlier() {
        return earlier;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }
}
