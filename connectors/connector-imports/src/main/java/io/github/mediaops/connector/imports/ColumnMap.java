package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns an import reads, each under a stable key and every header spelling a tool has used for it
 * ({@code 曝光} / {@code 曝光数} / {@code 曝光量}). Tools rename columns between versions; a host adds its
 * own spellings with {@link #toBuilder()} without waiting for a release.
 *
 * <p>Headers match after normalisation: NFKC (full-width letters and brackets become half-width), all
 * whitespace removed, lower case. Columns in the file that no key names are ignored. A <em>required</em>
 * column must be in the header row (it is how the header row is found); an optional one may be missing.
 *
 * <pre>{@code
 * ColumnMap columns = ColumnMap.builder()
 *         .required("title", "笔记标题", "标题")
 *         .optional("impressions", "曝光", "曝光数", "曝光量")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnMap {
    private final Map<String, Column> columns;

    private ColumnMap(Map<String, Column> columns) {
        this.columns = columns;
    }

    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** A builder holding this map's columns, to add spellings or columns. */
    public Builder toBuilder() {
        Map<String, Column> copy = new LinkedHashMap<>();
        columns.forEach((k, c) -> copy.put(k, new Column(k, c.required, new ArrayList<>(c.headers))));
        return new Builder(copy);
    }

    /** The keys, in the order they were declared. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(columns.keySet());
    }

    /** Whether the column must be present in the header row. */
    public boolean isRequired(String key) {
        return column(key).required;
    }

    /** The header spellings of one column, as declared. */
    public List<String> headers(String key) {
        return List.copyOf(column(key).headers);
    }

    Column column(String key) {
        Column c = columns.get(key);
        if (c == null) {
            throw new ImportException("no column \"" + key + "\" is declared; declared: " + columns.keySet());
        }
        return c;
    }

    /** The key whose spelling matches {@code header}, or null. */
    String keyFor(String header) {
        String h = normalise(header);
        for (Column c : columns.values()) {
            for (String s : c.headers) {
                if (normalise(s).equals(h)) {
                    return c.key;
                }
            }
        }
        return null;
    }

    static String normalise(String header) {
        return Units.compact(header == null ? "" : header);
    }

    @Override
    public String toString() {
        return "ColumnMap" + columns.values().stream().map(c -> c.key + (c.required ? "*" : "") + "=" + c.headers).toList();
    }

    static final class Column {
        final String key;
        final boolean required;
        final List<String> headers;

        Column(String key, boolean required, List<String> headers) {
            this.key = key;
            this.required = required;
            this.headers = headers;
        }
    }

    /** Declares columns; a key declared twice keeps its first required flag and gains the new spellings. */
    public static final class Builder {
        private final Map<String, Column> columns;

        private Builder(Map<String, Column> columns) {
            this.columns = columns;
        }

        /** A column that must be present; it identifies the header row. */
        public Builder required(String key, String... headers) {
            return add(key, true, headers);
        }

        /** A column that may be missing from a file (older exports, video-only columns). */
        public Builder optional(String key, String... headers) {
            return add(key, false, headers);
        }

        /** More spellings for a declared column. */
        public Builder alias(String key, String... headers) {
            Column c = columns.get(Checks.notBlank(key, "key"));
            if (c == null) {
                throw new InvalidValueException("key", "cannot alias undeclared column \"" + key + "\"; declared: " + columns.keySet());
            }
            return add(key, c.required, headers);
        }

        private Builder add(String key, boolean required, String... headers) {
            Checks.notBlank(key, "key");
            Checks.notNull(headers, "headers");
            if (headers.length == 0) {
                throw new InvalidValueException("headers", "column \"" + key + "\" needs at least one header spelling");
            }
            Column c = columns.computeIfAbsent(key, k -> new Column(k, required, new ArrayList<>()));
            for (String h : headers) {
                Checks.notBlank(h, "headers");
                if (!c.headers.contains(h)) {
                    c.headers.add(h);
                }
            }
            return this;
        }

        /**
         * @throws InvalidValueException when no column is declared, or one spelling belongs to two columns
         */
        public ColumnMap build() {
            if (columns.isEmpty()) {
                throw new InvalidValueException("columns", "a column map needs at least one column");
            }
            Map<String, String> owner = new LinkedHashMap<>();
            Map<String, Column> out = new LinkedHashMap<>();
            for (Column c : columns.values()) {
                Set<String> seen = new LinkedHashSet<>();
                for (String h : c.headers) {
                    String n = normalise(h);
                    String prev = owner.putIfAbsent(n, c.key);
                    if (prev != null && !prev.equals(c.key)) {
                        throw new InvalidValueException("headers", "header " + Checks.show(h) + " is declared for both \"" + prev
                                + "\" and \"" + c.key + "\"");
                    }
                    seen.add(h);
                }
                out.put(c.key, new Column(c.key, c.required, List.copyOf(seen)));
            }
            return new ColumnMap(Collections.unmodifiableMap(out));
        }
    }
}
