package io.github.mediaops.connector.tck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The upload sessions of a simulated platform whose video upload is addressed by an upload token and sent in
 * numbered parts (Bilibili's {@code video/init} → parts → {@code complete}, Kuaishou's {@code start_upload} →
 * fragments → {@code complete}): who opened each session, the parts held (number → bytes; a part sent again
 * replaces the earlier copy), how often each part number arrived, whether the upload was completed and whether the
 * create call has consumed the token. The platform's own rules (numbering, order, error codes) stay in each
 * simulator. Not thread-safe: a simulator calls it under its own lock.
 */
public final class SimulatedUploads {
    /** One upload session. */
    public static final class Session {
        private final String owner;
        private final TreeMap<Integer, Integer> parts = new TreeMap<>();
        private final Map<Integer, Integer> deliveries = new HashMap<>();
        private boolean completed;
        private boolean used;

        private Session(String owner) {
            this.owner = owner;
        }

        /** The account that opened the session. */
        public String owner() {
            return owner;
        }

        /** Keeps part {@code number} of {@code bytes} bytes, replacing an earlier copy. */
        public void putPart(int number, int bytes) {
            parts.put(number, bytes);
        }

        /** The parts held, number → bytes, in number order (read-only). */
        public NavigableMap<Integer, Integer> parts() {
            return Collections.unmodifiableNavigableMap(parts);
        }

        /** The number the next part must have when parts arrive in order from {@code first}. */
        public int nextInOrder(int first) {
            return parts.isEmpty() ? first : parts.lastKey() + 1;
        }

        /** Whether the parts held are exactly {@code first}, {@code first + 1}, ... without a gap (and not none). */
        public boolean contiguousFrom(int first) {
            return !parts.isEmpty() && parts.firstKey() == first && parts.lastKey() == first + parts.size() - 1;
        }

        /** Counts one arrival of part {@code number}, whether it is then stored or dropped. */
        public void delivered(int number) {
            deliveries.merge(number, 1, Integer::sum);
        }

        /** How often each part number arrived. */
        public Map<Integer, Integer> deliveries() {
            return Map.copyOf(deliveries);
        }

        public void complete() {
            completed = true;
        }

        public boolean completed() {
            return completed;
        }

        /** Consumes the token: the create call that used the upload went through. */
        public void use() {
            used = true;
        }

        public boolean used() {
            return used;
        }
    }

    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final String prefix;
    private final LongSupplier ids;

    /**
     * @param prefix the upload tokens' prefix ({@code "ut"} gives {@code ut17})
     * @param ids    the simulator's id sequence the token numbers come from
     */
    public SimulatedUploads(String prefix, LongSupplier ids) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Opens a session for {@code owner} and returns its upload token. */
    public String open(String owner) {
        String token = prefix + ids.getAsLong();
        sessions.put(token, new Session(Objects.requireNonNull(owner, "owner")));
        return token;
    }

    /** The session of {@code token} whether used or not, or {@code null} for an unknown token. */
    public Session get(String token) {
        return sessions.get(token);
    }

    /** The session of {@code token} while its token is unused, or {@code null} (unknown or consumed). */
    public Session live(String token) {
        Session s = sessions.get(token);
        return s == null || s.used ? null : s;
    }

    /** {@link #live} when {@code owner} opened the session, else {@code null}. */
    public Session liveFor(String token, String owner) {
        Session s = live(token);
        return s == null || !s.owner.equals(owner) ? null : s;
    }

    /** The tokens issued so far, oldest first. */
    public List<String> tokens() {
        return new ArrayList<>(sessions.keySet());
    }
}
