package org.newsdesk.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonLdTest {

    @Test
    void nothingCanEndTheScriptElementAndTheMeaningStays() {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028";
        String json = Json.createObjectBuilder().add("claimReviewed", hostile).build().toString();
        String safe = JsonLd.embeddable(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&") || safe.contains("\u2028"), safe);
        try (var reader = Json.createReader(new StringReader(safe))) {
            JsonObject back = reader.readObject();
            assertEquals(hostile, back.getString("claimReviewed"));
        }
    }
}
