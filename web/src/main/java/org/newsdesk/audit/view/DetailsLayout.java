package org.newsdesk.audit.view;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An audit event's details (a JSON object) for people: key by key, and indented. */
public final class DetailsLayout {

    private DetailsLayout() {
    }

    public static List<Map.Entry<String, String>> fields(String json) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        JsonObject details = parse(json);
        details.forEach((key, value) -> fields.add(new AbstractMap.SimpleImmutableEntry<>(key, text(value))));
        return fields;
    }

    public static String pretty(String json) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(parse(json));
        }
        return out.toString().strip();
    }

    static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(DetailsLayout::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json == null ? "{}" : json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("text", String.valueOf(json)).build();
        }
    }
}
