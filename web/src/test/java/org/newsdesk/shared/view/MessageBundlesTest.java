package org.newsdesk.shared.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every label exists in German and English. */
class MessageBundlesTest {

    @Test
    void germanAndEnglishHaveTheSameKeysAndNoEmptyLabels() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key);
            assertFalse(german.getProperty(key).isBlank(), key);
        }
    }

    /** The screens name every state, action, guard and notification kind of the workflow in both languages. */
    @Test
    void everyWorkflowValueHasALabel() throws IOException {
        Properties english = load("messages.properties");
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (var state : org.newsdesk.workflow.entity.StoryState.values()) {
            keys.add("state." + state.name());
        }
        for (var action : org.newsdesk.workflow.entity.WorkflowAction.values()) {
            keys.add("action." + action.label());
        }
        keys.add("action." + org.newsdesk.workflow.entity.WorkflowStep.VOID_APPROVAL);
        keys.add("action." + org.newsdesk.workflow.entity.WorkflowStep.PUBLISH_SCHEDULED);
        for (var guard : org.newsdesk.workflow.entity.Guard.values()) {
            keys.add(guard.messageKey());
        }
        for (var kind : org.newsdesk.workflow.entity.NotificationKind.values()) {
            keys.add("notification." + kind.label());
        }
        for (var priority : org.newsdesk.workflow.entity.Priority.values()) {
            keys.add("priority." + priority.label());
        }
        for (var role : org.newsdesk.account.entity.Role.values()) {
            keys.add("role." + role.name());
        }
        for (String key : keys) {
            assertFalse(english.getProperty(key, "").isBlank(), "no label for " + key);
        }
    }

    /** The audit log and the story timeline label every catalogued action and every kind of entry. */
    @Test
    void everyAuditActionAndTimelineKindHasALabel() throws IOException {
        Properties english = load("messages.properties");
        java.util.List<String> keys = new java.util.ArrayList<>();
        org.newsdesk.audit.entity.AuditAction.catalogue().forEach(action -> keys.add(action.labelKey()));
        keys.add("audit.action.claim.needs-recheck");
        for (var kind : org.newsdesk.audit.control.TimelineKind.values()) {
            keys.add(kind.labelKey());
        }
        for (String key : keys) {
            assertFalse(english.getProperty(key, "").isBlank(), "no label for " + key);
        }
    }

    @Test
    void germanLabelsAreReadAsUtf8() throws IOException {
        assertEquals("ungeprüft", load("messages_de.properties").getProperty("verdict.unchecked"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/newsdesk/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
