package org.newsdesk.story.entity;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a reporter writes in one revision: the headline and the other fields, and the body as blocks of
 * sanitised HTML. Immutable; two contents are the same revision exactly when their {@link #hash()} is equal. What is
 * derived from it — canonical text, fields JSON, hash — is computed once per instance (a save asks for each
 * several times).
 */
public final class StoryContent {

    /** The text fields, in the order of the API and of the canonical serialisation. */
    public static final List<String> TEXT_FIELDS = List.of("headline", "kicker", "teaser", "byline", "desk",
            "language", "caption", "credit", "sourceNote");

    private final String headline;
    private final boolean headlineProvisional;
    private final String kicker;
    private final String teaser;
    private final String byline;
    private final String desk;
    private final String language;
    private final List<String> tags;
    private final String caption;
    private final String credit;
    private final String sourceNote;
    private final Instant embargo;
    private final List<Block> blocks;
    private String canonicalText;
    private String fieldsJson;
    private volatile byte[] hash;

    /**
     * @param headlineProvisional the headline was proposed by an import and not yet confirmed by an editor
     * @param embargo             not to be published before this time (null: no embargo)
     */
    public StoryContent(String headline, boolean headlineProvisional, String kicker, String teaser, String byline,
                        String desk, String language, List<String> tags, String caption, String credit,
                        String sourceNote, Instant embargo, List<Block> blocks) {
        this.headline = headline;
        this.headlineProvisional = headlineProvisional;
        this.kicker = kicker;
        this.teaser = teaser;
        this.byline = byline;
        this.desk = desk;
        this.language = language;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.caption = caption;
        this.credit = credit;
        this.sourceNote = sourceNote;
        this.embargo = embargo;
        this.blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public String headline() {
        return headline;
    }

    public boolean headlineProvisional() {
        return headlineProvisional;
    }

    public String kicker() {
        return kicker;
    }

    public String teaser() {
        return teaser;
    }

    public String byline() {
        return byline;
    }

    public String desk() {
        return desk;
    }

    public String language() {
        return language;
    }

    public List<String> tags() {
        return tags;
    }

    public String caption() {
        return caption;
    }

    public String credit() {
        return credit;
    }

    public String sourceNote() {
        return sourceNote;
    }

    public Instant embargo() {
        return embargo;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The story's body as plain text: blocks joined by one blank line. Claims, diffs and hints refer to it. */
    public String canonicalText() {
        String text = canonicalText;
        if (text == null) {
            text = blocks.stream().map(Block::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
            canonicalText = text;
        }
        return text;
    }

    /** The body as HTML, blocks one after another. */
    public String bodyHtml() {
        return blocks.stream().map(Block::html).collect(Collectors.joining("\n"));
    }

    /** The fields (all but the body), for storing them as one shared block and for field diffs. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("headlineProvisional", Boolean.toString(headlineProvisional));
        fields.put("kicker", kicker);
        fields.put("teaser", teaser);
        fields.put("byline", byline);
        fields.put("desk", desk);
        fields.put("language", language);
        fields.put("tags", String.join(", ", tags));
        fields.put("caption", caption);
        fields.put("credit", credit);
        fields.put("sourceNote", sourceNote);
        fields.put("embargo", embargo == null ? null : embargo.toString());
        return fields;
    }

    /** The fields as a JSON object with a fixed key order: stored as the revision's fields block. */
    public String fieldsJson() {
        String stored = fieldsJson;
        if (stored == null) {
            stored = toFieldsJson();
            fieldsJson = stored;
        }
        return stored;
    }

    private String toFieldsJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "headline", headline);
        json.add("headlineProvisional", headlineProvisional);
        add(json, "kicker", kicker);
        add(json, "teaser", teaser);
        add(json, "byline", byline);
        add(json, "desk", desk);
        add(json, "language", language);
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tags.forEach(tagArray::add);
        json.add("tags", tagArray);
        add(json, "caption", caption);
        add(json, "credit", credit);
        add(json, "sourceNote", sourceNote);
        add(json, "embargo", embargo == null ? null : embargo.toString());
        return json.build().toString();
    }

    /** Rebuilds a content from its stored fields block and body blocks. */
    public static StoryContent of(String fieldsJson, List<Block> blocks) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(fieldsJson))) {
            json = reader.readObject();
        }
        List<String> tags = new ArrayList<>();
        json.getJsonArray("tags").forEach(tag -> tags.add(((JsonString) tag).getString()));
        String embargo = text(json, "embargo");
        return new StoryContent(text(json, "headline"), json.getBoolean("headlineProvisional", false),
                text(json, "kicker"), text(json, "teaser"), text(json, "byline"), text(json, "desk"),
                text(json, "language"), tags, text(json, "caption"), text(json, "credit"), text(json, "sourceNote"),
                embargo == null ? null : Instant.parse(embargo), blocks);
    }

    /**
     * SHA-256 over the canonical serialisation: the fields JSON (fixed key order), then each block's HTML, each
     * prefixed with its length so that no two contents serialise alike.
     */
    public byte[] hash() {
        byte[] computed = hash;
        if (computed == null) {
            computed = computeHash();
            hash = computed;
        }
        return computed.clone();
    }

    private byte[] computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "newsdesk-story-v1");
            update(sha, fieldsJson());
            for (Block block : blocks) {
                update(sha, block.html());
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hashHex() {
        return HexFormat.of().formatHex(hash());
    }

    /** The same content with other blocks. */
    public StoryContent withBlocks(List<Block> newBlocks) {
        return new StoryContent(headline, headlineProvisional, kicker, teaser, byline, desk, language, tags, caption,
                credit, sourceNote, embargo, newBlocks);
    }

    private static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static void add(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) value).getString();
    }

    /** Whether {@code other} has the same hash (without copying either). */
    public boolean sameAs(StoryContent other) {
        return other != null && java.util.Arrays.equals(sharedHash(), other.sharedHash());
    }

    private byte[] sharedHash() {
        byte[] computed = hash;
        if (computed == null) {
            computed = computeHash();
            hash = computed;
        }
        return computed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoryContent content && sameAs(content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headline, blocks.size());
    }

    @Override
    public String toString() {
        return "StoryContent[" + headline + ", " + blocks.size() + " blocks]";
    }
}
