package org.newsdesk.story.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.story.boundary.StoryQuery;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StorySummary;
import org.newsdesk.story.boundary.StoryView;
import org.newsdesk.shared.view.CurrentUser;
import org.newsdesk.workflow.entity.StoryState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The story list: filters above a lazy table (the database pages), and the import dialog. */
@Named
@ViewScoped
public class StoriesBean implements Serializable {

    @EJB
    StoryService stories;

    @jakarta.inject.Inject
    CurrentUser currentUser;

    private StoryState state;
    private boolean mine;
    private String desk;
    private String language;
    private String text;

    private String pastedCopy;
    private String importDesk;
    private UploadedFile upload;

    private final LazyDataModel<StorySummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stories.list(query(), 0, 1).total();
        }

        @Override
        public List<StorySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<StorySummary> page = sort == null ? stories.list(query(), first / size, size)
                    : stories.list(query(), first / size, size, sort.getField(),
                    sort.getOrder() != org.primefaces.model.SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(StorySummary story) {
            return story.id();
        }

        @Override
        public StorySummary getRowData(String rowKey) {
            StoryView story = stories.get(rowKey);
            return new StorySummary(story.id(), story.content().headline(), story.content().headlineProvisional(),
                    story.content().desk(), story.content().language(), story.state(), story.revision(),
                    story.createdAt(), story.createdBy(), story.updatedAt(), story.updatedBy());
        }
    };

    private StoryQuery query() {
        return new StoryQuery(state, blank(desk), blank(language), blank(text), mine ? currentUser.getName() : null);
    }

    /** Imports pasted text, or else the uploaded file, and opens the new draft. */
    public void importCopy() throws IOException {
        byte[] bytes = pastedCopy != null && !pastedCopy.isBlank() ? pastedCopy.getBytes(StandardCharsets.UTF_8)
                : upload == null ? new byte[0] : upload.getContent();
        StoryView story = stories.importCopy(bytes, importDesk, null);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        org.newsdesk.shared.view.Messages.info("stories.imported", story.content().headline());
        external.redirect(external.getRequestContextPath() + "/stories/edit.xhtml?id=" + story.id());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyDataModel<StorySummary> getModel() {
        return model;
    }

    public StoryState getState() {
        return state;
    }

    public void setState(StoryState state) {
        this.state = state;
    }

    /** The seven states, in the order of the workflow, for the filter. */
    public StoryState[] getStates() {
        return StoryState.values();
    }

    /** Only the stories assigned to me. */
    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPastedCopy() {
        return pastedCopy;
    }

    public void setPastedCopy(String pastedCopy) {
        this.pastedCopy = pastedCopy;
    }

    public String getImportDesk() {
        return importDesk;
    }

    public void setImportDesk(String importDesk) {
        this.importDesk = importDesk;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
