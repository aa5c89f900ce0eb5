package org.newsdesk.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.newsdesk.shared.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.audit.entity.AuditEvent;

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
    /** The actor of an attempt that named nobody. */
    public static final String ANONYMOUS = "anonymous";

    private static final long CHAIN_LOCK = 0x4E_45_57_53_44_45_53_4BL; // "NEWSDESK"

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    LedgerKeys keys;

    /** Appends an event whose actor is the authenticated caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String storyId, String entityType, String entityId,
                       Map<String, ?> details) {
        Principal caller = context.getCallerPrincipal();
        String actor = caller == null ? ANONYMOUS : caller.getName();
        recordAs(actor, action, storyId, entityType, entityId, details);
    }

    /** Appends an event for a named actor: a login attempt (who tried), or {@link #SYSTEM}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, AuditAction action, String storyId, String entityType, String entityId,
                         Map<String, ?> details) {
        // the change's own writes go to the database before the chain's lock is taken, so that the lock covers only
        // reading the head, the event's insert and the commit
        em.flush();
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + CHAIN_LOCK + ")) l")
                .getSingleResult();
        List<AuditEvent> last = em.createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
                .setMaxResults(1)
                .getResultList();
        AuditEvent event = new AuditEvent(last.isEmpty() ? null : last.get(0), Instant.now(), truncate(actor, 200),
                action, storyId, entityType, truncate(entityId, 200), toJson(details), keys.key());
        em.persist(event);
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
