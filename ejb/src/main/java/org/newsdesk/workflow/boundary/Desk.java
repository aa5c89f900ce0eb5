package org.newsdesk.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.workflow.entity.Priority;
import org.newsdesk.workflow.entity.StoryState;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The queues of the newsroom: "My desk" for one person and the board of all states. Read-only; every list costs a
 * few indexed queries whatever the number of stories (see docs/BENCHMARKS.md).
 * <p>
 * A story waits in a person's queue when it is assigned to them in the role the state needs; a story nobody is
 * assigned to (in that role) waits in the queue of everybody holding the role — the desk's shared queue.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class Desk {

    /** The most stories a board column shows. */
    public static final int LIMIT = 50;
    /**
     * The shared queue is counted up to this many (the header says "100+"): counting a backlog of thousands on every
     * page would cost more than the number is worth.
     */
    public static final int COUNT_CAP = 100;
    /** The most stories a queue of My desk shows (the most urgent; the board and the story list show all). */
    public static final int QUEUE = 20;

    /** Overdue first, then by deadline (none last), then the most recently changed. */
    static final Comparator<DeskItem> OVERDUE_FIRST = Comparator.comparing((DeskItem i) -> !i.overdue())
            .thenComparing(DeskItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DeskItem::updatedAt, Comparator.reverseOrder());

    private static final String DRAFTS = " from story s where s.state = '" + StoryState.DRAFT + "' and (s.created_by"
            + " = :me or s.id in (select r.story_id from revision r where r.author = :me))";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /*
     * Every list is found in two steps: cheap, indexed queries choose the ids (never more than a few times LIMIT),
     * then one query loads what the cards show for just those, with their assignments and claim counts.
     */

    public DeskView mine() {
        String me = context.getCallerPrincipal().getName();
        List<DeskItem> drafts = sorted(load(ids("select s.id" + DRAFTS + " order by s.updated_at desc limit " + QUEUE,
                Map.of("me", me))));
        List<DeskItem> factCheck = waitsForMe(StoryState.FACT_CHECK) ? queue(StoryState.FACT_CHECK, me) : List.of();
        List<DeskItem> approval = waitsForMe(StoryState.EDITOR_REVIEW) ? queue(StoryState.EDITOR_REVIEW, me)
                : List.of();
        List<DeskItem> scheduled = load(ids("select id from story where state = '" + StoryState.SCHEDULED
                + "' order by embargo limit " + QUEUE, Map.of()));
        List<DeskItem> published = load(ids("select id from story where state = '" + StoryState.PUBLISHED
                + "' order by published_at desc limit 10", Map.of()));
        return new DeskView(drafts, factCheck, approval, scheduled, published);
    }

    /**
     * How many stories wait for me (drafts, fact-checks, reviews and approvals): the count beside "My desk". Each
     * shared queue counts at most {@link #COUNT_CAP}.
     */
    public long waiting() {
        String me = context.getCallerPrincipal().getName();
        long waiting = count("select count(*)" + DRAFTS, Map.of("me", me));
        for (StoryState state : List.of(StoryState.FACT_CHECK, StoryState.EDITOR_REVIEW)) {
            if (waitsForMe(state)) {
                waiting += queueCount(state, me);
            }
        }
        return waiting;
    }

    /** Up to {@link #LIMIT} stories of each state, overdue first, then the most recently changed. */
    public Map<StoryState, List<DeskItem>> board() {
        Map<StoryState, List<DeskItem>> columns = new EnumMap<>(StoryState.class);
        for (StoryState state : StoryState.values()) {
            Map<String, Object> params = Map.of("state", state.name());
            Set<UUID> ids = new LinkedHashSet<>(state.waitsFor().isEmpty() ? List.of() : ids("select distinct"
                    + " a.story_id from assignment a join story s on s.id = a.story_id where s.state = :state"
                    + " and a.role in (" + roles(state) + ") and a.deadline < now() limit " + LIMIT, params));
            ids.addAll(ids("select id from story where state = :state order by updated_at desc limit " + LIMIT, params));
            columns.put(state, cut(sorted(load(new ArrayList<>(ids))), LIMIT));
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

    /** Whether I hold a role a story in this state waits for. */
    private boolean waitsForMe(StoryState state) {
        return state.waitsFor().stream().anyMatch(role -> context.isCallerInRole(role.name()));
    }

    /** The roles a state waits for, as an SQL list ('EDITOR', 'CHIEF_EDITOR'); enum names, never user input. */
    private static String roles(StoryState state) {
        return state.waitsFor().stream().map(role -> "'" + role.name() + "'").collect(Collectors.joining(", "));
    }

    /**
     * Stories in a state assigned to me in one of the roles (the most urgent), and the newest of those assigned to
     * nobody in these roles (the desk's shared queue; the caller holds one of the roles).
     */
    private List<DeskItem> queue(StoryState state, String me) {
        String roles = roles(state);
        Map<String, Object> params = Map.of("state", state.name(), "me", me);
        // deadline ascending puts the overdue first; the newest without a deadline fill up
        Set<UUID> ids = new LinkedHashSet<>(ids("select a.story_id from assignment a join story s"
                + " on s.id = a.story_id where a.username = :me and a.role in (" + roles + ") and s.state = :state"
                + " group by a.story_id, s.updated_at order by min(a.deadline) asc nulls last, s.updated_at desc"
                + " limit " + QUEUE, params));
        ids.addAll(ids("select s.id from story s where s.state = :state and not exists (select 1 from assignment a"
                + " where a.story_id = s.id and a.role in (" + roles + ")) order by s.updated_at desc limit " + QUEUE,
                Map.of("state", state.name())));
        return cut(sorted(load(new ArrayList<>(ids))), QUEUE);
    }

    private long queueCount(StoryState state, String me) {
        String roles = roles(state);
        return count("select count(distinct a.story_id) from assignment a join story s on s.id = a.story_id"
                + " where a.username = :me and a.role in (" + roles + ") and s.state = :state",
                Map.of("state", state.name(), "me", me))
                + count("select count(*) from (select 1 from story s where s.state = :state and not exists (select 1"
                + " from assignment a where a.story_id = s.id and a.role in (" + roles + ")) limit " + COUNT_CAP + ") q",
                Map.of("state", state.name()));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return ((List<Object>) query.getResultList()).stream().map(Desk::uuid).toList();
    }

    private long count(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static List<DeskItem> sorted(List<DeskItem> items) {
        return items.stream().sorted(OVERDUE_FIRST).toList();
    }

    private static List<DeskItem> cut(List<DeskItem> items, int limit) {
        return items.size() <= limit ? items : items.subList(0, limit);
    }

    /** The cards of these stories, in the order of the ids. */
    @SuppressWarnings("unchecked")
    private List<DeskItem> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> rows = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select id, headline, state, embargo, published_at,"
                + " updated_at, updated_by from story where id in (:ids)").setParameter("ids", ids).getResultList()) {
            rows.put(uuid(row[0]), row);
        }
        return items(ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList());
    }

    @SuppressWarnings("unchecked")
    private List<DeskItem> items(List<Object[]> rows) {
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
            StoryState state = StoryState.valueOf((String) r[2]);
            // only the deadlines of the roles the story waits for now count (an old fact-check deadline does not)
            Instant deadline = assigned.stream().filter(a -> state.waitsFor().stream()
                            .anyMatch(role -> role.name().equals(a[1]))).map(a -> instant(a[3]))
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            items.add(new DeskItem(id.toString(), (String) r[1], state,
                    assigned.stream().map(a -> a[1] + ":" + a[2]).toList(), deadline, highest(assigned),
                    deadline != null && deadline.isBefore(now), instant(r[3]), instant(r[4]), instant(r[5]),
                    (String) r[6], verdicts.getOrDefault(id, Map.of())));
        }
        return items;
    }

    private static String highest(Collection<Object[]> assignments) {
        return assignments.stream().map(a -> Priority.of((String) a[4]).orElse(Priority.NORMAL))
                .max(Comparator.naturalOrder()).map(Priority::label).orElse(null);
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
