package org.newsdesk.load;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One story of the benchmark as its editor's client holds it: the paragraphs as words, the revision its next save
 * is based on, and its claims. {@link #edit} changes one word for real (a word gains or loses a suffix), as an
 * editor's small correction does; the answer's ETag moves the base on.
 */
final class LoadStory {

    final String headline;
    final String language;
    final String desk;
    final List<List<String>> paragraphs;
    final List<String> claimIds = new ArrayList<>();
    volatile String id;
    volatile String etag = "1";
    private final Random random;

    LoadStory(String headline, String language, String desk, List<List<String>> paragraphs, long seed) {
        this.headline = headline;
        this.language = language;
        this.desk = desk;
        this.paragraphs = paragraphs;
        this.random = new Random(seed);
    }

    /** Changes one word of one paragraph and returns the save's body (never equal to the last one). */
    synchronized String edit(String note) {
        List<String> words = paragraphs.get(random.nextInt(paragraphs.size()));
        int at = random.nextInt(words.size());
        for (int tried = 0; tried < words.size() && !words.get(at).matches("\\p{L}{2,30}"); tried++) {
            at = (at + 1) % words.size();
        }
        String word = words.get(at);
        words.set(at, word.endsWith("n") && word.length() > 3 ? word.substring(0, word.length() - 1) : word + "n");
        return body(note);
    }

    synchronized String body(String note) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("headline", headline)
                .add("language", language)
                .add("desk", desk)
                .add("bodyHtml", html())
                .add("note", note);
        return json.build().toString();
    }

    String html() {
        StringBuilder html = new StringBuilder();
        for (List<String> words : paragraphs) {
            html.append("<p>").append(String.join(" ", words)).append("</p>");
        }
        return html.toString();
    }

    /** The sentences of the text, for marking claims (each contains a number unique in the story). */
    List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        for (List<String> words : paragraphs) {
            StringBuilder sentence = new StringBuilder();
            for (String word : words) {
                sentence.append(sentence.length() == 0 ? "" : " ").append(word);
                if (word.endsWith(".")) {
                    sentences.add(sentence.toString());
                    sentence.setLength(0);
                }
            }
        }
        return sentences;
    }

    int bytes() {
        return html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
