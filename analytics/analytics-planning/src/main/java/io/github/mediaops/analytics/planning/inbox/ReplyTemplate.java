package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Every rendered reply passes through the {@link ComplianceChecker} (PRC Advertising Law terms, platform
 * and brand word lists) on the filled-in text, so the variables are checked too; send only a reply that
 * is {@link Rendered#sendable()}. The id and the text are both strings, so a template is given by name:
 *
 * <pre>{@code
 * ReplyTemplate thanks = ReplyTemplate.named("thanks").text("感谢{name}的支持！活动详情见置顶评论。");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReplyTemplate {
    private final String id;
    private final String text;

    private ReplyTemplate(String id, String text) {
        Checks.notBlank(id, "id");
        Checks.notBlank(text, "text");
        variablesOf(text);
        this.id = id;
        this.text = text;
    }

    /**
     * Starts a template with its id; {@link WithId#text(String)} completes it.
     *
     * @param id the template's id; not blank
     * @return the next step
     */
    public static WithId named(String id) {
        return new WithId(Checks.notBlank(id, "id"));
    }

    /** A template with its id given; the text completes it. */
    public static final class WithId {
        private final String id;

        private WithId(String id) {
            this.id = id;
        }

        /**
         * The template text.
         *
         * @param text the text, with {@code {variable}} placeholders; not blank
         * @return the template
         */
        public ReplyTemplate text(String text) {
            return new ReplyTemplate(id, text);
        }
    }

    /** @return the template's id */
    public String id() {
        return id;
    }

    /** @return the template text */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplyTemplate o && java.util.Objects.equals(id, o.id) && java.util.Objects.equals(text, o.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, text);
    }

    @Override
    public String toString() {
        return "ReplyTemplate[" + "id=" + id + ", " + "text=" + text + "]";
    }

    /** Weibo comments: at most 140 characters. */
    public static final int WEIBO_COMMENT_LIMIT = 140;
    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_]*)}|[{}]");

    

    /** The variables the template uses, in order of first use. */
    public Set<String> variables() {
        return variablesOf(text);
    }

    /**
     * The reply with every variable filled in, measured against the platform's limit and checked for
     * compliance.
     *
     * @param limits     maximum length per platform (code points); platforms not listed are unlimited
     * @param compliance the checker every outgoing reply passes through
     * @throws InvalidValueException if a variable is missing
     */
    public Rendered render(Map<String, String> values, Platform platform, Map<Platform, Integer> limits,
                           ComplianceChecker compliance) {
        Checks.mapOf(values, "values");
        Checks.notNull(platform, "platform");
        Checks.mapOf(limits, "limits");
        Checks.notNull(compliance, "compliance");
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
        return new Rendered(s, length, limit == null ? Integer.MAX_VALUE : limit, compliance.check(s, platform, "reply"));
    }

    /**
     * A rendered reply.
     *
     * @param text   the reply
     * @param length its length in code points
     * @param limit    the platform's limit ({@link Integer#MAX_VALUE} when none)
     * @param findings what the compliance checker found in the reply; empty when it is clean
     */
    public record Rendered(String text, int length, int limit, List<Finding> findings) {
        /** Validates the components; bad values fail with the field named. */
        public Rendered {
            Checks.notNull(text, "text");
            findings = Checks.listOf(findings, "findings");
        }

        /** @return whether the rendered text is within the limit */
        public boolean fits() {
            return length <= limit;
        }

        /** Whether the compliance checker found nothing. */
        public boolean compliant() {
            return findings.isEmpty();
        }

        /** Whether the reply may go out: within the length limit and compliant. */
        public boolean sendable() {
            return fits() && compliant();
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
