package io.github.mediaops.connector.xiaohongshu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-off id → note id: which package became which note, so that metrics imported later attach to the
 * right post. Kept in memory, or in one small JSON file ({@code handoffs.json}) that is rewritten atomically
 * (a temporary file moved over the old one) on every change, so a crash leaves the old or the new state,
 * never half of one.
 *
 * <p>Thread-safe within one process; two processes must not share one file.
 */
public final class HandoffRegistry {
    private static final String SCHEMA = "mediaops.xiaohongshu.handoffs/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, HandoffRecord> byId = new LinkedHashMap<>();

    private HandoffRegistry(Path file) {
        this.file = file;
    }

    /** A registry that lives as long as this object. */
    public static HandoffRegistry inMemory() {
        return new HandoffRegistry(null);
    }

    /**
     * A registry kept in {@code file}, read now if it exists.
     *
     * @throws MediaOpsException when the file exists but is not a registry
     */
    public static HandoffRegistry file(Path file) {
        HandoffRegistry r = new HandoffRegistry(Checks.notNull(file, "file").toAbsolutePath());
        if (Files.exists(r.file)) {
            r.load();
        }
        return r;
    }

    /** The file, when the registry has one. */
    public Optional<Path> location() {
        return Optional.ofNullable(file);
    }

    /**
     * Adds a new hand-off.
     *
     * @throws InvalidValueException when its id or idempotency key is already registered
     */
    public synchronized void register(HandoffRecord record) {
        Checks.notNull(record, "record");
        if (byId.containsKey(record.handoffId())) {
            throw new InvalidValueException("handoffId", "hand-off " + record.handoffId() + " is already registered");
        }
        Optional<HandoffRecord> sameKey = byIdempotencyKey(record.idempotencyKey());
        if (sameKey.isPresent()) {
            throw new InvalidValueException("idempotencyKey", "idempotency key " + Checks.show(record.idempotencyKey())
                    + " already made hand-off " + sameKey.get().handoffId());
        }
        byId.put(record.handoffId(), record);
        save();
    }

    /**
     * Records the note a hand-off became. Recording the same note again is a no-op; a different note for
     * the same hand-off, or one note for two hand-offs, is refused.
     *
     * @param noteIdOrUrl the note id (24 hex digits) or its xiaohongshu.com address
     * @throws InvalidValueException for an unknown hand-off, a malformed id, or a conflict
     */
    public synchronized HandoffRecord recordPost(String handoffId, String noteIdOrUrl, Instant postedAt) {
        Checks.notBlank(handoffId, "handoffId");
        Checks.notNull(postedAt, "postedAt");
        String noteId = NoteIds.parse(noteIdOrUrl);
        HandoffRecord r = byId.get(handoffId);
        if (r == null) {
            throw new InvalidValueException("handoffId", "no hand-off " + Checks.show(handoffId) + " is registered");
        }
        if (r.noteId().isPresent()) {
            if (r.noteId().get().equals(noteId)) {
                return r;
            }
            throw new InvalidValueException("noteId", "hand-off " + handoffId + " is already recorded as note "
                    + r.noteId().get() + "; refusing " + noteId);
        }
        Optional<HandoffRecord> other = byNoteId(noteId);
        if (other.isPresent()) {
            throw new InvalidValueException("noteId", "note " + noteId + " is already recorded for hand-off "
                    + other.get().handoffId());
        }
        HandoffRecord posted = r.posted(noteId, postedAt);
        byId.put(handoffId, posted);
        save();
        return posted;
    }

    public synchronized Optional<HandoffRecord> find(String handoffId) {
        return Optional.ofNullable(byId.get(Checks.notBlank(handoffId, "handoffId")));
    }

    public synchronized Optional<HandoffRecord> byIdempotencyKey(String key) {
        Checks.notBlank(key, "idempotencyKey");
        return byId.values().stream().filter(r -> r.idempotencyKey().equals(key)).findFirst();
    }

    public synchronized Optional<HandoffRecord> byNoteId(String noteId) {
        Checks.notBlank(noteId, "noteId");
        return byId.values().stream().filter(r -> r.noteId().filter(noteId::equals).isPresent()).findFirst();
    }

    /** Every hand-off, oldest first. */
    public synchronized List<HandoffRecord> all() {
        return List.copyOf(byId.values());
    }

    private void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("handoffs");
        for (HandoffRecord r : byId.values()) {
            ObjectNode n = list.addObject();
            n.put("handoffId", r.handoffId());
            n.put("idempotencyKey", r.idempotencyKey());
            n.put("platform", r.account().platform().id());
            n.put("account", r.account().accountId());
            n.put("contentId", r.contentId());
            n.put("title", r.title());
            n.put("createdAt", r.createdAt().toString());
            r.noteId().ifPresent(id -> n.put("noteId", id));
            r.postedAt().ifPresent(at -> n.put("postedAt", at.toString()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".handoffs-", ".tmp");
            try {
                JSON.writeValue(tmp.toFile(), root);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hand-off registry " + file, e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void load() {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new MediaOpsException("cannot read the hand-off registry " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText()) || !root.path("handoffs").isArray()) {
            throw new MediaOpsException(file + " is not a hand-off registry (schema " + SCHEMA + ")");
        }
        int i = 0;
        for (JsonNode n : root.path("handoffs")) {
            try {
                HandoffRecord r = new HandoffRecord(text(n, "handoffId"), text(n, "idempotencyKey"),
                        AccountRef.of(Platform.of(text(n, "platform")), text(n, "account")), text(n, "contentId"),
                        n.path("title").asText(""), Instant.parse(text(n, "createdAt")),
                        Optional.ofNullable(n.get("noteId")).map(JsonNode::asText),
                        Optional.ofNullable(n.get("postedAt")).map(JsonNode::asText).map(Instant::parse));
                byId.put(r.handoffId(), r);
            } catch (InvalidValueException | DateTimeParseException e) {
                throw new MediaOpsException(file + ": hand-off #" + i + " is malformed: " + e.getMessage(), e);
            }
            i++;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidValueException(field, field + " is missing");
        }
        return v.asText();
    }

    @Override
    public synchronized String toString() {
        return "HandoffRegistry[" + (file == null ? "in memory" : file) + ", " + byId.size() + " hand-offs]";
    }

}
