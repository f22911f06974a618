package io.github.mediaops.core.rules;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content rules of one publishing form of one platform (WeChat OA {@code news} articles, Weibo
 * {@code share} posts, Douyin {@code video} ...): text lengths in the platform's own unit, image and
 * video limits, cover crops, hashtag, mention and link rules, and whether long text may become a
 * thread. Every rule carries its {@link Confidence} and source.
 *
 * <p>Instances are immutable and come from {@link RuleBook}, which reads them from rule files; the
 * rule-file keys are documented in {@code core/RULES.md}. Absent rules are unlimited.
 */
public final class FormatRules {
    private final Platform platform;
    private final String form;
    private final Map<String, Sourced<String>> raw;
    private final Set<ContentKind> kinds;
    private final Map<TextField, List<TextLimit>> textLimits;
    private final Map<NumericRule, Sourced<Long>> numbers;

    FormatRules(Platform platform, String form, Map<String, Sourced<String>> raw) {
        this.platform = Checks.notNull(platform, "platform");
        this.form = Checks.notBlank(form, "form");
        this.raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        String where = platform.id() + "." + form + ".";
        EnumSet<ContentKind> k = EnumSet.noneOf(ContentKind.class);
        Sourced<String> kindsText = raw.get("kinds");
        if (kindsText != null) {
            for (String s : list(kindsText.value())) {
                try {
                    k.add(ContentKind.valueOf(s.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException(where + "kinds", where + "kinds: unknown content kind \"" + s + "\"");
                }
            }
        }
        this.kinds = Collections.unmodifiableSet(k);
        Map<TextField, List<TextLimit>> limits = new EnumMap<>(TextField.class);
        for (TextField f : TextField.values()) {
            List<TextLimit> l = new ArrayList<>();
            String prefix = f.fieldName() + ".max.";
            for (Map.Entry<String, Sourced<String>> e : raw.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    String key = where + e.getKey();
                    LengthUnit unit = LengthUnit.fromConfig(e.getKey().substring(prefix.length()), key);
                    l.add(new TextLimit(f, parseLong(e.getValue().value(), key), unit, e.getValue().confidence(),
                            e.getValue().source()));
                }
            }
            limits.put(f, List.copyOf(l));
        }
        this.textLimits = Collections.unmodifiableMap(limits);
        Map<NumericRule, Sourced<Long>> n = new EnumMap<>(NumericRule.class);
        for (NumericRule r : NumericRule.values()) {
            Sourced<String> v = raw.get(r.key());
            if (v != null) {
                n.put(r, new Sourced<>(parseLong(v.value(), where + r.key()), v.confidence(), v.source()));
            }
        }
        this.numbers = Collections.unmodifiableMap(n);
        // parse the enumerated values eagerly so that a bad rule file fails when loaded, not when used
        titlePresence();
        videoPresence();
        coverPresence();
        hashtagStyle();
        links();
        coverCrops();
        videoAspects();
        imageFormats();
        mentionsAllowed();
        hashtagsAllowed();
        linksRequired();
    }

    private static long parseLong(String v, String key) {
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n < 0) {
                throw new InvalidValueException(key, key + " must be >= 0 (was " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, key + " must be a whole number (was \"" + v.trim() + "\")");
        }
    }

    static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    public Platform platform() {
        return platform;
    }

    /** The form name within the platform, e.g. {@code news}, {@code newspic}, {@code share}, {@code video}. */
    public String form() {
        return form;
    }

    /** The content kinds this form publishes; {@link RuleBook#formFor} picks forms by these. */
    public Set<ContentKind> kinds() {
        return kinds;
    }

    /** Every rule as written in the rule file (keys without the form prefix), for display and for host extensions. */
    public Map<String, Sourced<String>> raw() {
        return raw;
    }

    /** A rule as written, for keys this class does not interpret (host extensions). */
    public Optional<Sourced<String>> rule(String key) {
        return Optional.ofNullable(raw.get(key));
    }

    /** The length limits of a field; a field may have several (characters and bytes). */
    public List<TextLimit> limits(TextField field) {
        return textLimits.get(Checks.notNull(field, "field"));
    }

    /** The tightest limit of {@code field} in {@code unit}, when there is one. */
    public Optional<TextLimit> limit(TextField field, LengthUnit unit) {
        return limits(field).stream().filter(l -> l.unit() == unit).min(java.util.Comparator.comparingLong(TextLimit::max));
    }

    /** A numeric limit, when the form sets one. */
    public Optional<Sourced<Long>> limit(NumericRule rule) {
        return Optional.ofNullable(numbers.get(Checks.notNull(rule, "rule")));
    }

    /** Whether the form has a title field; {@link Presence#NONE} means the title must be folded into the text. */
    public Sourced<Presence> titlePresence() {
        return enumRule("title", "optional", v -> Presence.fromConfig(v, key("title")));
    }

    public Sourced<Presence> videoPresence() {
        return enumRule("video", "optional", v -> Presence.fromConfig(v, key("video")));
    }

    public Sourced<Presence> coverPresence() {
        return enumRule("cover", "optional", v -> Presence.fromConfig(v, key("cover")));
    }

    public Sourced<HashtagStyle> hashtagStyle() {
        return enumRule("hashtags.style", "leading", v -> HashtagStyle.fromConfig(v, key("hashtags.style")));
    }

    /** Whether topics may appear in the text at all (Weibo {@code statuses/share} forbids {@code #话题#}). */
    public Sourced<Boolean> hashtagsAllowed() {
        return enumRule("hashtags.allowed", "true", v -> bool(v, key("hashtags.allowed")));
    }

    /** Whether {@code @mentions} may appear in the text. */
    public Sourced<Boolean> mentionsAllowed() {
        return enumRule("mentions.allowed", "true", v -> bool(v, key("mentions.allowed")));
    }

    public Sourced<LinkPolicy> links() {
        return enumRule("links", "allowed", v -> LinkPolicy.fromConfig(v, key("links")));
    }

    /** Whether the post must contain a link. */
    public Sourced<Boolean> linksRequired() {
        return enumRule("links.required", "false", v -> bool(v, key("links.required")));
    }

    /** Domains links must be on under {@link LinkPolicy#SAFE_DOMAIN_REQUIRED}; normally set by the host. */
    public List<String> safeDomains() {
        Sourced<String> v = raw.get("links.safeDomains");
        return v == null ? List.of() : list(v.value()).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Characters the title must not contain (YouTube refuses {@code <} and {@code >}). */
    public String titleForbiddenCharacters() {
        Sourced<String> v = raw.get("title.forbiddenChars");
        return v == null ? "" : v.value().replace(" ", "");
    }

    /** Crop ratios the platform derives from the cover (WeChat {@code pic_crop_235_1}, {@code pic_crop_1_1}). */
    public List<AspectRatio> coverCrops() {
        return ratios("cover.crops");
    }

    /** Accepted video aspect ratios; empty means any. */
    public List<AspectRatio> videoAspects() {
        return ratios("video.aspects");
    }

    /** Accepted image MIME subtypes ({@code jpeg}, {@code png} ...); empty means any. */
    public Set<String> imageFormats() {
        return formats("images.formats");
    }

    /** Accepted video MIME subtypes ({@code mp4}, {@code quicktime} ...); empty means any. */
    public Set<String> videoFormats() {
        return formats("video.formats");
    }

    /** The source and confidence of a rule, for reports. */
    Sourced<String> sourceOf(String key) {
        Sourced<String> v = raw.get(key);
        return v != null ? v : new Sourced<>("", Confidence.UNVERIFIED, "default");
    }

    private Set<String> formats(String key) {
        Sourced<String> v = raw.get(key);
        if (v == null) {
            return Set.of();
        }
        return Set.copyOf(list(v.value().toLowerCase(Locale.ROOT)));
    }

    private List<AspectRatio> ratios(String key) {
        Sourced<String> v = raw.get(key);
        if (v == null) {
            return List.of();
        }
        List<AspectRatio> out = new ArrayList<>();
        for (String s : list(v.value())) {
            try {
                out.add(AspectRatio.parse(s));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(key(key), key(key) + ": " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private String key(String k) {
        return platform.id() + "." + form + "." + k;
    }

    private <T> Sourced<T> enumRule(String key, String dflt, java.util.function.Function<String, T> parse) {
        Sourced<String> v = raw.get(key);
        if (v == null) {
            return new Sourced<>(parse.apply(dflt), Confidence.UNVERIFIED, "default");
        }
        return new Sourced<>(parse.apply(v.value()), v.confidence(), v.source());
    }

    private static boolean bool(String v, String key) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new InvalidValueException(key, key + " must be true or false (was \"" + v.trim() + "\")");
        };
    }

    @Override
    public String toString() {
        return "FormatRules[" + platform.id() + "/" + form + "]";
    }
}
