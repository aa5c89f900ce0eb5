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
