package org.newsdesk.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.entity.AuditEvent;
import org.newsdesk.shared.boundary.Page;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit ledger. Every change in Newsdesk calls {@link #record} inside its own transaction, so that the event
 * and the change commit or roll back together. Appends are serialised by a transaction-scoped PostgreSQL advisory
 * lock: two concurrent appends can never both link to the same predecessor (the chain never forks) and sequence
 * numbers have no gaps, so a removed event shows as a gap.
 */
@Stateless
public class AuditLog {

    /** The actor of changes made by Newsdesk itself, such as demo accounts at first start. */
    public static final String SYSTEM = "system";

    private static final long CHAIN_LOCK = 0x4E_45_57_53_44_45_53_4BL; // "NEWSDESK"
    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Appends an event whose actor is the authenticated caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(String action, String storyId, String entityType, String entityId,
                             Map<String, ?> details) {
        Principal caller = context.getCallerPrincipal();
        String actor = caller == null ? "anonymous" : caller.getName();
        return recordAs(actor, action, storyId, entityType, entityId, details);
    }

    /** Appends an event for a named actor: a login attempt (who tried), or {@link #SYSTEM}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent recordAs(String actor, String action, String storyId, String entityType, String entityId,
                               Map<String, ?> details) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + CHAIN_LOCK + ")) l")
                .getSingleResult();
        List<AuditEvent> last = em.createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
                .setMaxResults(1)
                .getResultList();
        long seq = last.isEmpty() ? 1 : last.get(0).getSeq() + 1;
        String prevHash = last.isEmpty() ? AuditEvent.GENESIS_HASH : last.get(0).getHash();
        AuditEvent event = new AuditEvent(seq, Instant.now(), truncate(actor, 200), action, storyId, entityType,
                truncate(entityId, 200), toJson(details), prevHash);
        em.persist(event);
        return event;
    }

    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Page<AuditEvent> search(AuditQuery query, int page, int size) {
        Page.validate(page, size);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.storyId() != null) {
            where.append(" and e.storyId = :story");
            params.put("story", query.storyId());
        }
        if (query.actor() != null) {
            where.append(" and e.actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", query.to());
        }
        TypedQuery<AuditEvent> items = em.createQuery("select e from AuditEvent e" + where + " order by e.seq desc",
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEvent> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    /** Re-computes every hash and every link of the chain, in batches, oldest first. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerVerification verify() {
        AuditEvent previous = null;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createNamedQuery(AuditEvent.FIND_RANGE, AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEvent event : batch) {
                long expectedSeq = previous == null ? 1 : previous.getSeq() + 1;
                if (event.getSeq() != expectedSeq) {
                    return new LedgerVerification(false, checked, previous == null ? null : previous.getHash(),
                            expectedSeq, "event " + expectedSeq + " is missing");
                }
                if (!event.hasIntactHash()) {
                    return new LedgerVerification(false, checked, previous == null ? null : previous.getHash(),
                            event.getSeq(), "event " + event.getSeq() + " was altered");
                }
                if (!event.follows(previous)) {
                    return new LedgerVerification(false, checked, previous == null ? null : previous.getHash(),
                            event.getSeq(), "event " + event.getSeq() + " does not link to its predecessor");
                }
                previous = event;
                checked++;
            }
            after = previous.getSeq();
            em.clear();
        }
        return new LedgerVerification(true, checked, previous == null ? null : previous.getHash(), null, null);
    }

    private static String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return "{}";
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value instanceof Iterable<?> list ? toList(list)
                        : value instanceof Number || value instanceof Boolean ? value : value.toString());
            }
        });
        return Json.createObjectBuilder(clean).build().toString();
    }

    private static List<Object> toList(Iterable<?> values) {
        List<Object> list = new ArrayList<>();
        values.forEach(value -> list.add(String.valueOf(value)));
        return list;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
