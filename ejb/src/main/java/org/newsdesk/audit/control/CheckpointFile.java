package org.newsdesk.audit.control;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where checkpoints live outside the database: {@code checkpoint-latest.json}, replaced atomically by each new
 * checkpoint, and {@code checkpoints.jsonl}, one line per kept checkpoint (appended, synced), the history.
 * A line is {@code {"seq":n,"head":"…","at":"…","signature":"…"}}.
 */
public final class CheckpointFile {

    /** One stored checkpoint, or a line that could not be read ({@code seq} -1). */
    public record Entry(long seq, String head, Instant at, String signature) {
    }

    private static final String LATEST = "checkpoint-latest.json";
    private static final String HISTORY = "checkpoints.jsonl";

    private final Path directory;

    public CheckpointFile(Path directory) {
        this.directory = directory;
    }

    public Optional<Entry> latest() throws IOException {
        Path file = directory.resolve(LATEST);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** The history, oldest first. */
    public List<Entry> history() throws IOException {
        Path file = directory.resolve(HISTORY);
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    entries.add(parse(line));
                }
            }
        }
        return entries;
    }

    public void replaceLatest(Entry entry) throws IOException {
        Path temporary = directory.resolve(LATEST + ".tmp");
        Files.writeString(temporary, json(entry) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        Files.move(temporary, directory.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    public void appendToHistory(Entry entry) throws IOException {
        Files.writeString(directory.resolve(HISTORY), json(entry) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
    }

    static String json(Entry entry) {
        return Json.createObjectBuilder()
                .add("seq", entry.seq())
                .add("head", entry.head())
                .add("at", entry.at().toString())
                .add("signature", entry.signature())
                .build()
                .toString();
    }

    /** A line that is not a checkpoint becomes an entry that no signature matches. */
    static Entry parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            return new Entry(json.getJsonNumber("seq").longValueExact(), json.getString("head"),
                    Instant.parse(json.getString("at")), json.getString("signature"));
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | DateTimeParseException e) {
            return new Entry(-1, "", Instant.EPOCH, "");
        }
    }
}
