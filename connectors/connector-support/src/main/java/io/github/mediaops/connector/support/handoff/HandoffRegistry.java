package io.github.mediaops.connector.support.handoff;

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
 * Hand-off id → post id: which package became which post, so that metrics imported later attach to the
 * right post. Post ids are read by the platform's {@link HandoffTarget}. Kept in memory, or in one small JSON file ({@code handoffs.json}) that is rewritten atomically
 * (a temporary file moved over the old one) on every change, so a crash leaves the old or the new state,
 * never half of one.
 *
 * <p>Thread-safe within one process; two processes must not share one file.
 */
public final class HandoffRegistry {
    /** The post id's field; files written before the registry was shared by platforms call it {@code noteId}. */
    private static final String POST_ID = "postId";
    private static final String LEGACY_NOTE_ID = "noteId";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HandoffTarget target;
    private final String schema;
    private final Path file;
    private final Map<String, HandoffRecord> byId = new LinkedHashMap<>();

    private HandoffRegistry(HandoffTarget target, Path file) {
        this.target = Checks.notNull(target, "target");
        this.schema = target.registrySchema();
        this.file = file;
    }

    /** A registry for {@code target}'s posts that lives as long as this object. */
    public static HandoffRegistry inMemory(HandoffTarget target) {
        return new HandoffRegistry(target, null);
    }

    /**
     * A registry for {@code target}'s posts kept in {@code file}, read now if it exists.
     *
     * @throws MediaOpsException when the file exists but is not a registry of that platform
     */
    public static HandoffRegistry file(Path file, HandoffTarget target) {
        HandoffRegistry r = new HandoffRegistry(target, Checks.notNull(file, "file").toAbsolutePath());
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
     * Records the post a hand-off became. Recording the same post again is a no-op; a different post for
     * the same hand-off, or one post for two hand-offs, is refused.
     *
     * @param postIdOrAddress the post id or an address the platform's {@link HandoffTarget#parsePostId} reads
     * @throws InvalidValueException for an unknown hand-off, a malformed id, or a conflict
     */
    public synchronized HandoffRecord recordPost(String handoffId, String postIdOrAddress, Instant postedAt) {
        Checks.notBlank(handoffId, "handoffId");
        Checks.notNull(postedAt, "postedAt");
        String postId = target.parsePostId(postIdOrAddress);
        HandoffRecord r = byId.get(handoffId);
        if (r == null) {
            throw new InvalidValueException("handoffId", "no hand-off " + Checks.show(handoffId) + " is registered");
        }
        String noun = target.postNoun();
        if (r.postId().isPresent()) {
            if (r.postId().get().equals(postId)) {
                return r;
            }
            throw new InvalidValueException("postId", "hand-off " + handoffId + " is already recorded as " + noun + " "
                    + r.postId().get() + "; refusing " + postId);
        }
        Optional<HandoffRecord> other = byPostId(postId);
        if (other.isPresent()) {
            throw new InvalidValueException("postId", noun + " " + postId + " is already recorded for hand-off "
                    + other.get().handoffId());
        }
        HandoffRecord posted = r.posted(postId, postedAt);
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

    /** The hand-off recorded as post {@code postId}. */
    public synchronized Optional<HandoffRecord> byPostId(String postId) {
        Checks.notBlank(postId, "postId");
        return byId.values().stream().filter(r -> r.postId().filter(postId::equals).isPresent()).findFirst();
    }

    /** The platform whose posts this registry keeps. */
    public HandoffTarget target() {
        return target;
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
        root.put("schema", schema);
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
            r.postId().ifPresent(id -> n.put(POST_ID, id));
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
        if (root == null || !schema.equals(root.path("schema").asText()) || !root.path("handoffs").isArray()) {
            throw new MediaOpsException(file + " is not a hand-off registry (schema " + schema + ")");
        }
        int i = 0;
        for (JsonNode n : root.path("handoffs")) {
            try {
                HandoffRecord r = new HandoffRecord(text(n, "handoffId"), text(n, "idempotencyKey"),
                        AccountRef.of(Platform.of(text(n, "platform")), text(n, "account")), text(n, "contentId"),
                        n.path("title").asText(""), Instant.parse(text(n, "createdAt")),
                        Optional.ofNullable(n.has(POST_ID) ? n.get(POST_ID) : n.get(LEGACY_NOTE_ID)).map(JsonNode::asText),
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
        return "HandoffRegistry[" + target.platform().id() + ", " + (file == null ? "in memory" : file) + ", " + byId.size() + " hand-offs]";
    }

}
