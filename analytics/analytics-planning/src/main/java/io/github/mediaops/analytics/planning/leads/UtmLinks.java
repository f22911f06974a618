package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds and parses UTM-tagged links. Existing query parameters and the fragment are kept; existing
 * {@code utm_*} and {@code mo} parameters are replaced. Values are percent-encoded as UTF-8 (a space
 * becomes {@code %20}), so Chinese campaign names survive. The optional {@code mo} parameter carries a
 * {@link TrackingCodes} code for exact attribution.
 *
 * @since 0.1.0
 */
public final class UtmLinks {
    /** The query parameter that carries a mediaops tracking code. */
    public static final String CODE_PARAM = "mo";

    private UtmLinks() {
    }

    /**
     * {@code url} tagged with {@code utm} (and {@code mo=code} when {@code code} is not null).
     *
     * @param url  an absolute http or https link
     * @param utm  the UTM parameters
     * @param code a {@link TrackingCodes} code, or null for none
     * @return the tagged link
     * @throws InvalidValueException if the url is not an absolute http(s) link or the code is blank
     */
    public static String tag(String url, UtmParams utm, String code) {
        URI uri = uri(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidValueException("url", "url must be an absolute http(s) link (was " + Checks.show(url) + ")");
        }
        Checks.notNull(utm, "utm");
        Map<String, String> params = new LinkedHashMap<>();
        for (String[] kv : pairs(uri.getRawQuery())) {
            if (!kv[0].startsWith("utm_") && !kv[0].equals(CODE_PARAM)) {
                params.put(kv[0], kv[1]);
            }
        }
        params.put("utm_source", utm.source());
        params.put("utm_medium", utm.medium());
        params.put("utm_campaign", utm.campaign());
        utm.contentId().ifPresent(c -> params.put("utm_content", c));
        utm.termValue().ifPresent(t -> params.put("utm_term", t));
        if (code != null) {
            params.put(CODE_PARAM, Checks.notBlank(code, "code"));
        }
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        String base = url.contains("?") ? url.substring(0, url.indexOf('?'))
                : url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        return base + "?" + q + fragment;
    }

    /** The UTM parameters of a link; empty unless source, medium and campaign are all present. */
    public static Optional<UtmParams> parse(String url) {
        Map<String, String> p = query(url);
        if (!p.containsKey("utm_source") || !p.containsKey("utm_medium") || !p.containsKey("utm_campaign")
                || p.get("utm_source").isBlank() || p.get("utm_medium").isBlank() || p.get("utm_campaign").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UtmParams.builder().source(p.get("utm_source")).medium(p.get("utm_medium")).campaign(p.get("utm_campaign")).content(blankToNull(p.get("utm_content"))).term(blankToNull(p.get("utm_term"))).build());
    }

    /** The decoded query parameters of a link (the first value of repeated names). */
    public static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : pairs(uri(url).getRawQuery())) {
            out.putIfAbsent(decode(kv[0]), decode(kv[1]));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static URI uri(String url) {
        Checks.notBlank(url, "url");
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "not a valid URL: " + Checks.show(url));
        }
    }

    private static List<String[]> pairs(String rawQuery) {
        List<String[]> out = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            out.add(eq < 0 ? new String[] {part, ""} : new String[] {part.substring(0, eq), part.substring(eq + 1)});
        }
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("url", "bad percent-encoding in " + Checks.show(s));
        }
    }
}
