package org.newsdesk.story.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.workflow.entity.StoryState;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The story list: one page of summaries by filters and sort order, read from the story table only. */
final class StoryListing {

    private static final Map<String, String> SORT_COLUMNS = Map.of("headline", "headline", "desk", "desk",
            "language", "language", "state", "state", "revision", "current_revision", "updatedAt", "updated_at",
            "createdAt", "created_at");

    private final EntityManager em;

    StoryListing(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of stories. {@code sortField} is one of headline, desk, language, state, revision, updatedAt,
     * createdAt (default: updatedAt, newest first).
     */
    Page<StorySummary> page(StoryQuery query, int page, int size, String sortField, boolean ascending) {
        Page.validate(page, size);
        String column = SORT_COLUMNS.getOrDefault(sortField == null ? "" : sortField, "updated_at");
        String order = column.equals("updated_at") && sortField == null ? "updated_at desc"
                : column + (ascending ? " asc" : " desc");
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.state() != null) {
            where.append(" and state = :state");
            params.put("state", query.state().name());
        }
        if (query.desk() != null) {
            where.append(" and desk = :desk");
            params.put("desk", query.desk());
        }
        if (query.language() != null) {
            where.append(" and language = :language");
            params.put("language", query.language());
        }
        if (query.assignee() != null) {
            // one's queue: work still to do (published and spiked stories are done)
            where.append(" and state not in ('PUBLISHED', 'SPIKED') and exists (select 1 from assignment a"
                    + " where a.story_id = story.id and a.username = :assignee)");
            params.put("assignee", query.assignee());
        }
        if (query.text() != null) {
            where.append(" and search @@ plainto_tsquery('simple', :text)");
            params.put("text", query.text());
        }
        Query items = em.createNativeQuery("select id, headline, headline_provisional, desk, language, state, "
                + "current_revision, created_at, created_by, updated_at, updated_by from story" + where
                + " order by " + order + ", id limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from story" + where);
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<StorySummary> summaries = new ArrayList<>();
        for (Object row : items.getResultList()) {
            Object[] c = (Object[]) row;
            summaries.add(new StorySummary(c[0].toString(), (String) c[1], (Boolean) c[2], (String) c[3],
                    (String) c[4], StoryState.valueOf((String) c[5]), ((Number) c[6]).intValue(), instant(c[7]), (String) c[8],
                    instant(c[9]), (String) c[10]));
        }
        return new Page<>(summaries, ((Number) count.getSingleResult()).longValue(), page, size);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
