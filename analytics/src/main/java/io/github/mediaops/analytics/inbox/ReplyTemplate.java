package io.github.mediaops.analytics.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.internal.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply template with {@code {variable}} placeholders (<code>{{</code> and <code>}}</code> write literal braces),
 * rendered per platform within a length limit counted in Unicode code points.
 *
 * <p>{@link #WEIBO_COMMENT_LIMIT} is Weibo's documented 140-character comment limit
 * (https://open.weibo.com/wiki/2/comments/create); other platforms' limits are the caller's data.
 * Rendering does not run compliance checks; pass the result to the compliance checker before sending.
 *
 * @param id   the template's id
 * @param text the template text
 */
public record ReplyTemplate(String id, String text) {
    /** Weibo comments: at most 140 characters. */
    public static final int WEIBO_COMMENT_LIMIT = 140;
    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_]*)}|[{}]");

    public ReplyTemplate {
        Checks.notBlank(id, "id");
        Checks.notBlank(text, "text");
        variablesOf(text);
    }

    /** The variables the template uses, in order of first use. */
    public Set<String> variables() {
        return variablesOf(text);
    }

    /**
     * The reply with every variable filled in.
     *
     * @param limits maximum length per platform (code points); platforms not listed are unlimited
     * @throws InvalidValueException if a variable is missing
     */
    public Rendered render(Map<String, String> values, Platform platform, Map<Platform, Integer> limits) {
        Checks.mapOf(values, "values");
        Checks.notNull(platform, "platform");
        Checks.mapOf(limits, "limits");
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String token = m.group();
            if (token.equals("{{")) {
                out.append('{');
            } else if (token.equals("}}")) {
                out.append('}');
            } else {
                String v = values.get(m.group(1));
                if (v == null) {
                    throw new InvalidValueException("values", "template " + id + " needs variable {" + m.group(1) + "}");
                }
                out.append(v);
            }
            last = m.end();
        }
        out.append(text.substring(last));
        String s = out.toString();
        int length = s.codePointCount(0, s.length());
        Integer limit = limits.get(platform);
        return new Rendered(s, length, limit == null ? Integer.MAX_VALUE : limit);
    }

    /**
     * A rendered reply.
     *
     * @param text   the reply
     * @param length its length in code points
     * @param limit  the platform's limit ({@link Integer#MAX_VALUE} when none)
     */
    public record Rendered(String text, int length, int limit) {
        public boolean fits() {
            return length <= limit;
        }
    }

    private static Set<String> variablesOf(String text) {
        Set<String> vars = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.equals("{") || token.equals("}")) {
                throw new InvalidValueException("text", "unbalanced brace at " + m.start() + " in " + Checks.show(text)
                        + "; write {{ or }} for a literal brace");
            }
            if (m.group(1) != null) {
                vars.add(m.group(1));
            }
        }
        return vars;
    }
}
