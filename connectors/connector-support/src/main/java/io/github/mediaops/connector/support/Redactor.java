package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that is about to be logged or put in an exception: query parameters such as
 * {@code access_token=...}, JSON fields such as {@code "secret":"..."}, XML elements such as
 * {@code <Encrypt>...</Encrypt>}, {@code Authorization} header values, and webhook tokens carried as a
 * path segment after {@code /hook/} (Feishu and Lark custom bots). Names are matched without
 * regard to case. The default names cover the platforms in {@code platform-apis.md}.
 */
public final class Redactor {
    /** Parameter and field names masked by {@link #defaults()}. */
    public static final Set<String> DEFAULT_NAMES = Set.of("access_token", "refresh_token", "secret", "appsecret",
            "client_secret", "token", "signature", "msg_signature", "sign", "encrypt", "encodingaeskey",
            "authorizer_access_token", "component_access_token", "password", "authorization", "echostr",
            "app_secret", "upload_token", "upload_id", "authorization_code", "auth_code",
            "tenant_access_token", "app_access_token", "corpsecret", "welcome_code", "welcomecode",
            "api_secret", "assertion", "private_key");

    /**
     * Names masked only as query parameters: OAuth2's authorization {@code code} travels in the token URL
     * (Douyin, Kuaishou, Bilibili, Weibo), while a JSON {@code "code"} field is a platform's result code and
     * stays readable.
     */
    public static final Set<String> QUERY_ONLY_NAMES = Set.of("code");

    private static final Redactor DEFAULTS = new Redactor(DEFAULT_NAMES);

    private final Pattern query;
    private final Pattern json;
    private final Pattern xml;
    private static final Pattern HOOK_PATH = Pattern.compile("(?i)(/hook/)([^/?#\\s\"]+)");

    private Redactor(Set<String> names) {
        Set<String> lower = new TreeSet<>();
        for (String n : names) {
            lower.add(Pattern.quote(Checks.notBlank(n, "name").toLowerCase(Locale.ROOT)));
        }
        String alt = String.join("|", lower);
        String queryAlt = alt + "|" + String.join("|", QUERY_ONLY_NAMES);
        this.query = Pattern.compile("(?i)([?&;]|^)(" + queryAlt + ")=([^&#\\s]*)");
        this.json = Pattern.compile("(?i)(\"(?:" + alt + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");
        this.xml = Pattern.compile("(?is)(<(" + alt + ")>)(.*?)(</\\2>)");
    }

    public static Redactor defaults() {
        return DEFAULTS;
    }

    /** A redactor for the default names plus {@code extra}. */
    public static Redactor withExtraNames(Set<String> extra) {
        Set<String> all = new TreeSet<>(DEFAULT_NAMES);
        all.addAll(Checks.setOf(extra, "extra"));
        return new Redactor(all);
    }

    /** The text with every secret value replaced by {@code ****}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = query.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "=****"));
        out = json.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"****\""));
        out = xml.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "****" + m.group(4)));
        out = HOOK_PATH.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "****"));
        return out;
    }
}
