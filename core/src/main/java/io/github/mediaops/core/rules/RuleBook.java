package io.github.mediaops.core.rules;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The content rules of every platform, read from rule files: one {@code java.util.Properties} file per
 * platform, bundled under {@code io/github/mediaops/core/rules/<platform-id>.properties}, which a host
 * may override key by key or extend with new forms and new platforms.
 *
 * <p>A rule file names its platform and forms, then gives each rule as
 * {@code <form>.<key> = <value> ; <confidence> ; <source>}:
 * <pre>
 * platform = weibo
 * forms = share
 * share.kinds = MICROBLOG_POST, IMAGE_TEXT_NOTE
 * share.body.max.codepoints = 140 ; official ; open.weibo.com/wiki/2/statuses/share
 * </pre>
 * A host override without confidence and source is recorded as {@link Confidence#OFFICIAL} with the
 * override's name as source (the host knows its own rules). The keys are listed in {@code core/RULES.md}.
 *
 * <p>Instances are immutable and thread-safe; loading happens once, in {@link Builder#build()}.
 */
public final class RuleBook {
    /** The platforms whose rule files are bundled, in the order they are listed. */
    static final List<String> BUNDLED = List.of("wechat-oa", "weibo", "douyin", "xiaohongshu", "bilibili", "kuaishou",
            "wechat-channels", "tiktok", "youtube", "x");
    private static final String RESOURCE_DIR = "/io/github/mediaops/core/rules/";

    private final Map<Platform, List<FormatRules>> forms;

    private RuleBook(Map<Platform, List<FormatRules>> forms) {
        this.forms = forms;
    }

    /** The bundled rules of all ten platforms. */
    public static RuleBook bundled() {
        return builder().addBundled().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The platforms that have rules. */
    public Set<Platform> platforms() {
        return forms.keySet();
    }

    /** Every form of a platform, in rule-file order; empty when the platform has no rules. */
    public List<FormatRules> forms(Platform platform) {
        return forms.getOrDefault(Checks.notNull(platform, "platform"), List.of());
    }

    /**
     * The named form of a platform.
     *
     * @throws InvalidValueException when there is no such form
     */
    public FormatRules form(Platform platform, String form) {
        Checks.notBlank(form, "form");
        return forms(platform).stream().filter(f -> f.form().equals(form)).findFirst()
                .orElseThrow(() -> new InvalidValueException("form", "no rules for form \"" + form + "\" of platform "
                        + platform.id() + "; known forms: " + forms(platform).stream().map(FormatRules::form).toList()));
    }

    /** The first form of the platform that publishes {@code kind}. */
    public Optional<FormatRules> formFor(Platform platform, ContentKind kind) {
        Checks.notNull(kind, "kind");
        return forms(platform).stream().filter(f -> f.kinds().contains(kind)).findFirst();
    }

    /** Collects rule files; later files override earlier ones key by key. */
    public static final class Builder {
        private final Map<String, Map<String, Map<String, Sourced<String>>>> data = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the bundled rule files. */
        public Builder addBundled() {
            for (String id : BUNDLED) {
                String name = RESOURCE_DIR + id + ".properties";
                try (InputStream in = RuleBook.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new MediaOpsException("bundled rule file missing from the jar: " + name);
                    }
                    load(new InputStreamReader(in, StandardCharsets.UTF_8), name);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read bundled rule file " + name, e);
                }
            }
            return this;
        }

        /**
         * Reads one rule file (UTF-8 properties syntax) and merges it: a new platform is added, a known
         * platform gets new forms and its rules replaced key by key.
         *
         * @param sourceName names the file in error messages and as the default source of its rules
         */
        public Builder load(Reader reader, String sourceName) {
            Checks.notNull(reader, "reader");
            Checks.notBlank(sourceName, "sourceName");
            Properties p = new Properties();
            try {
                p.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + sourceName, e);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(sourceName, "malformed rule file " + sourceName + ": " + e.getMessage());
            }
            String id = p.getProperty("platform");
            if (id == null || id.isBlank()) {
                throw new InvalidValueException(sourceName, "rule file " + sourceName + " must name its platform (platform = <id>)");
            }
            Platform platform = Platform.of(id.trim());
            Map<String, Map<String, Sourced<String>>> byForm = data.computeIfAbsent(platform.id(), k -> new LinkedHashMap<>());
            Set<String> declared = new LinkedHashSet<>(FormatRules.list(p.getProperty("forms", "")));
            for (String f : declared) {
                byForm.computeIfAbsent(f, k -> new LinkedHashMap<>());
            }
            List<String> keys = new ArrayList<>(p.stringPropertyNames());
            Collections.sort(keys);
            for (String key : keys) {
                if (key.equals("platform") || key.equals("forms")) {
                    continue;
                }
                int dot = key.indexOf('.');
                String form = dot < 0 ? "" : key.substring(0, dot);
                Map<String, Sourced<String>> rules = byForm.get(form);
                if (rules == null) {
                    throw new InvalidValueException(key, "rule file " + sourceName + ": key " + key
                            + " belongs to no declared form; declared: " + byForm.keySet());
                }
                rules.put(key.substring(dot + 1), parseValue(p.getProperty(key), key, sourceName));
            }
            return this;
        }

        /** Merges a rule file given as text (convenient for small host overrides). */
        public Builder load(String ruleFileText, String sourceName) {
            return load(new StringReader(Checks.notNull(ruleFileText, "ruleFileText")), sourceName);
        }

        private static Sourced<String> parseValue(String raw, String key, String sourceName) {
            String[] parts = raw.split(";", 3);
            String value = parts[0].trim();
            if (value.isEmpty()) {
                throw new InvalidValueException(key, "rule file " + sourceName + ": " + key + " has no value");
            }
            Confidence c = parts.length > 1 && !parts[1].isBlank() ? Confidence.parse(parts[1], key) : Confidence.OFFICIAL;
            String source = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : sourceName;
            return new Sourced<>(value, c, source);
        }

        /** Parses every rule; a malformed value fails here with the platform, form and key named. */
        public RuleBook build() {
            Map<Platform, List<FormatRules>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Map<String, Sourced<String>>>> p : data.entrySet()) {
                Platform platform = Platform.of(p.getKey());
                List<FormatRules> list = new ArrayList<>();
                for (Map.Entry<String, Map<String, Sourced<String>>> f : p.getValue().entrySet()) {
                    list.add(new FormatRules(platform, f.getKey(), f.getValue()));
                }
                out.put(platform, List.copyOf(list));
            }
            return new RuleBook(Collections.unmodifiableMap(out));
        }
    }
}
