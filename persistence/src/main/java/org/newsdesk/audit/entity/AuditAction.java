package org.newsdesk.audit.entity;

import org.newsdesk.workflow.entity.WorkflowAction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an audit event records, by its stable name ({@code story.saved}). This is the one catalogue of action
 * names: services name their events with these constants, the audit log's filter accepts only names from here,
 * and the screens label each with {@code audit.action.<name>} from the resource bundles.
 */
public record AuditAction(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z-]{1,50}");
    private static final Map<String, AuditAction> CATALOGUE = new LinkedHashMap<>();

    public static final AuditAction ACCOUNT_LOGIN = define("account.login");
    public static final AuditAction ACCOUNT_LOGIN_FAILED = define("account.login-failed");
    public static final AuditAction ACCOUNT_API_AUTH_FAILED = define("account.api-auth-failed");
    public static final AuditAction ACCOUNT_CREATED = define("account.created");
    public static final AuditAction ACCOUNT_ROLES_CHANGED = define("account.roles-changed");
    public static final AuditAction ACCOUNT_DISABLED = define("account.disabled");
    public static final AuditAction ACCOUNT_ADDRESS_THROTTLED = define("account.address-throttled");
    public static final AuditAction ACCOUNT_PASSWORD_CHANGED = define("account.password-changed");
    public static final AuditAction ACCOUNT_PASSWORD_CHANGE_FAILED = define("account.password-change-failed");
    public static final AuditAction ACCOUNT_PASSWORD_RESET = define("account.password-reset");
    public static final AuditAction ACCOUNT_TOKEN_CREATED = define("account.token-created");
    public static final AuditAction ACCOUNT_TOKEN_REVOKED = define("account.token-revoked");
    public static final AuditAction ACCOUNT_TWO_FACTOR_ENABLED = define("account.two-factor-enabled");
    public static final AuditAction ACCOUNT_TWO_FACTOR_DISABLED = define("account.two-factor-disabled");

    public static final AuditAction STORY_CREATED = define("story.created");
    public static final AuditAction STORY_SAVED = define("story.saved");
    public static final AuditAction STORY_RESTORED = define("story.restored");
    public static final AuditAction STORY_IMPORTED = define("story.imported");
    public static final AuditAction STORY_ASSIGNED = define("story.assigned");

    public static final AuditAction CLAIM_CREATED = define("claim.created");
    public static final AuditAction CLAIM_RATED = define("claim.rated");
    public static final AuditAction CLAIM_RESOLVED = define("claim.resolved");
    public static final AuditAction CLAIM_COMMENTED = define("claim.commented");

    public static final AuditAction APPROVAL_VOIDED = define("workflow.approval-voided");
    public static final AuditAction PUBLISHED_SCHEDULED = define("workflow.published-scheduled");

    static {
        for (WorkflowAction action : WorkflowAction.values()) {
            define(workflowName(action));
        }
    }

    public AuditAction {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an audit action name: " + name);
        }
    }

    private static AuditAction define(String name) {
        AuditAction action = new AuditAction(name);
        CATALOGUE.put(name, action);
        return action;
    }

    private static String workflowName(WorkflowAction action) {
        return "workflow." + action.label();
    }

    /** The event of a workflow action, e.g. {@code workflow.approve}. */
    public static AuditAction of(WorkflowAction action) {
        return CATALOGUE.get(workflowName(action));
    }

    /** The catalogued action of that name, if there is one. */
    public static Optional<AuditAction> named(String name) {
        return Optional.ofNullable(name == null ? null : CATALOGUE.get(name));
    }

    /** Every action Newsdesk records, grouped by component in a stable order. */
    public static List<AuditAction> catalogue() {
        List<AuditAction> all = new ArrayList<>(CATALOGUE.values());
        all.sort((a, b) -> a.name.compareTo(b.name));
        return Collections.unmodifiableList(all);
    }

    /** The component that records it: {@code story}, {@code claim}, {@code workflow} or {@code account}. */
    public String component() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The resource-bundle key of its label. */
    public String labelKey() {
        return "audit.action." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
