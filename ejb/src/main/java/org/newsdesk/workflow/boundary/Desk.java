package org.newsdesk.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.workflow.entity.StoryState;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queues of the newsroom: "My desk" for one person and the board of all states. Read-only; every list is one
 * indexed query plus one for the assignments and one for the claim counts of the stories shown.
 * <p>
 * A story waits in a person's queue when it is assigned to them in the role the state needs; a story nobody is
 * assigned to (in that role) waits in the queue of everybody holding the role — the desk's shared queue.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class Desk {

    /** The most stories one queue or one board column shows. */
    public static final int LIMIT = 50;

    private static final String COLUMNS = "s.id, s.headline, s.state, s.embargo, s.published_at, s.updated_at,"
            + " s.updated_by, (select min(a.deadline) from assignment a where a.story_id = s.id) as deadline";
    private static final String OVERDUE_FIRST = " order by (d.deadline is not null and d.deadline < now()) desc,"
            + " d.deadline asc nulls last, d.updated_at desc limit " + LIMIT;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public DeskView mine() {
        String me = context.getCallerPrincipal().getName();
        List<DeskItem> drafts = items(mine(COLUMNS, DRAFTS, me));
        List<DeskItem> factCheck = isChecker() ? items(mine(COLUMNS, checkQueue(), me)) : List.of();
        List<DeskItem> approval = isReviewer() ? items(mine(COLUMNS, reviewQueue(), me)) : List.of();
        List<DeskItem> scheduled = items(query("select * from (select " + COLUMNS + " from story s"
                + " where s.state = 'SCHEDULED') d order by d.embargo asc limit " + LIMIT));
        List<DeskItem> published = items(query("select * from (select " + COLUMNS + " from story s"
                + " where s.state = 'PUBLISHED' order by s.published_at desc limit 10) d order by d.published_at desc"));
        return new DeskView(drafts, factCheck, approval, scheduled, published);
    }

    /** How many stories wait for me (drafts, fact-checks, reviews and approvals): the count beside "My desk". */
    public long waiting() {
        String me = context.getCallerPrincipal().getName();
        long waiting = count(mine("count(*)", DRAFTS, me));
        if (isChecker()) {
            waiting += count(mine("count(*)", checkQueue(), me));
        }
        if (isReviewer()) {
            waiting += count(mine("count(*)", reviewQueue(), me));
        }
        return waiting;
    }

    private static final String DRAFTS = "s.state = 'DRAFT' and (s.created_by = :me or exists (select 1 from revision r"
            + " where r.story_id = s.id and r.author = :me))";

    private boolean isChecker() {
        return context.isCallerInRole(Roles.FACT_CHECKER);
    }

    private boolean isReviewer() {
        return context.isCallerInRole(Roles.CHIEF_EDITOR) || context.isCallerInRole(Roles.EDITOR);
    }

    /**
     * Stories in a state assigned to me in one of the roles, or assigned to nobody in them (I hold one of the roles:
     * the caller checked).
     */
    private static String queue(StoryState state, String roles) {
        return "s.state = '" + state.name() + "' and (exists (select 1 from assignment a where a.story_id = s.id"
                + " and a.username = :me and a.role in (" + roles + ")) or not exists (select 1 from assignment a"
                + " where a.story_id = s.id and a.role in (" + roles + ")))";
    }

    private static String checkQueue() {
        return queue(StoryState.FACT_CHECK, "'FACT_CHECKER'");
    }

    private static String reviewQueue() {
        return queue(StoryState.EDITOR_REVIEW, "'EDITOR', 'CHIEF_EDITOR'");
    }

    private Query mine(String select, String where, String me) {
        boolean items = !select.startsWith("count");
        return query(items ? "select * from (select " + select + " from story s where " + where + ") d" + OVERDUE_FIRST
                : "select " + select + " from story s where " + where).setParameter("me", me);
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Up to {@link #LIMIT} stories of each state, overdue first, then the most recently changed. */
    public Map<StoryState, List<DeskItem>> board() {
        Map<StoryState, List<DeskItem>> columns = new EnumMap<>(StoryState.class);
        for (StoryState state : StoryState.values()) {
            columns.put(state, items(query("select * from (select " + COLUMNS + " from story s where s.state = :state"
                    + " order by s.updated_at desc limit 500) d" + OVERDUE_FIRST).setParameter("state", state.name())));
        }
        return columns;
    }

    /** How many stories are in each state (the board's column headers). */
    @SuppressWarnings("unchecked")
    public Map<StoryState, Long> counts() {
        Map<StoryState, Long> counts = new EnumMap<>(StoryState.class);
        for (StoryState state : StoryState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select state, count(*) from story group by state")
                .getResultList()) {
            counts.put(StoryState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Query query(String sql) {
        return em.createNativeQuery(sql);
    }

    @SuppressWarnings("unchecked")
    private List<DeskItem> items(Query query) {
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> uuid(r[0])).toList();
        Map<UUID, List<Object[]>> assignments = new HashMap<>();
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select story_id, role, username, deadline, priority"
                + " from assignment where story_id in (:ids) order by role, username").setParameter("ids", ids)
                .getResultList()) {
            assignments.computeIfAbsent(uuid(a[0]), k -> new ArrayList<>()).add(a);
        }
        Map<UUID, Map<String, Integer>> verdicts = new HashMap<>();
        for (Object[] v : (List<Object[]>) em.createNativeQuery("select story_id, verdict, count(*) from claim"
                + " where story_id in (:ids) group by story_id, verdict").setParameter("ids", ids).getResultList()) {
            verdicts.computeIfAbsent(uuid(v[0]), k -> new LinkedHashMap<>()).put((String) v[1],
                    ((Number) v[2]).intValue());
        }
        Instant now = Instant.now();
        List<DeskItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = uuid(r[0]);
            List<Object[]> assigned = assignments.getOrDefault(id, List.of());
            Instant deadline = instant(r[7]);
            items.add(new DeskItem(id.toString(), (String) r[1], StoryState.valueOf((String) r[2]),
                    assigned.stream().map(a -> a[1] + ":" + a[2]).toList(), deadline, highest(assigned),
                    deadline != null && deadline.isBefore(now), instant(r[3]), instant(r[4]), instant(r[5]),
                    (String) r[6], verdicts.getOrDefault(id, Map.of())));
        }
        return items;
    }

    private static String highest(Collection<Object[]> assignments) {
        List<String> order = List.of("urgent", "high", "normal", "low");
        return assignments.stream().map(a -> (String) a[4]).min((x, y) -> order.indexOf(x) - order.indexOf(y))
                .orElse(null);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
