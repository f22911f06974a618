package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A keyword rule as data: an item whose text contains any keyword (case- and width-insensitive) gets
 * this intent, priority and queue.
 *
 * @since 0.1.0
 */
public final class TriageRule {
    private final String id;
    private final Intent intent;
    private final List<String> keywords;
    private final Priority priority;
    private final String queue;

    private TriageRule(String id, Intent intent, List<String> keywords, Priority priority, String queue) {
        Checks.notBlank(id, "id");
        Checks.notNull(intent, "intent");
        keywords = Checks.notBlankEach(keywords, "keywords");
        if (keywords.isEmpty()) {
            throw new InvalidValueException("keywords", "rule " + id + " needs at least one keyword");
        }
        Checks.notNull(priority, "priority");
        Checks.notBlank(queue, "queue");
        this.id = id;
        this.intent = intent;
        this.keywords = keywords;
        this.priority = priority;
        this.queue = queue;
    }

    /**
     * Starts a triage rule; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this triage rule's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.intent = intent;
        b.keywords = keywords;
        b.priority = priority;
        b.queue = queue;
        return b;
    }

    /** @return the rule's id */
    public String id() {
        return id;
    }

    /** @return the intent it assigns */
    public Intent intent() {
        return intent;
    }

    /** @return at least one keyword */
    public List<String> keywords() {
        return keywords;
    }

    /** @return the priority it assigns */
    public Priority priority() {
        return priority;
    }

    /** @return the queue or owner to route to */
    public String queue() {
        return queue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TriageRule o && java.util.Objects.equals(id, o.id) && java.util.Objects.equals(intent, o.intent) && java.util.Objects.equals(keywords, o.keywords) && java.util.Objects.equals(priority, o.priority) && java.util.Objects.equals(queue, o.queue);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, intent, keywords, priority, queue);
    }

    @Override
    public String toString() {
        return "TriageRule[" + "id=" + id + ", " + "intent=" + intent + ", " + "keywords=" + keywords + ", " + "priority=" + priority + ", " + "queue=" + queue + "]";
    }

    /** Collects the parts of a triage rule; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private Intent intent;
        private List<String> keywords = List.of();
        private Priority priority;
        private String queue;

        private Builder() {
        }

        /**
         * Sets id.
         *
         * @param id the rule's id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets intent.
         *
         * @param intent the intent it assigns
         * @return this builder
         */
        public Builder intent(Intent intent) {
            this.intent = intent;
            return this;
        }

        /**
         * Sets keywords (default List.of()).
         *
         * @param keywords at least one keyword
         * @return this builder
         */
        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        /**
         * Sets priority.
         *
         * @param priority the priority it assigns
         * @return this builder
         */
        public Builder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets queue.
         *
         * @param queue the queue or owner to route to
         * @return this builder
         */
        public Builder queue(String queue) {
            this.queue = queue;
            return this;
        }

        /**
         * The triage rule.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public TriageRule build() {
            io.github.mediaops.core.validate.Required.of("triage rule").given("id", id).given("intent", intent).given("priority", priority).given("queue", queue).orThrow();
            return new TriageRule(id, intent, keywords, priority, queue);
        }
    }

    

    /**
     * A starting set of Chinese and English rules; teams replace or extend it. Crisis words route to
     * "pr" at P1, complaints to "care" at P2, purchase intent to "sales" at P2, questions to "care" at
     * P3, praise to "community" at P4, spam to "moderation" at P4.
     */
    public static final List<TriageRule> DEFAULTS = List.of(
            new TriageRule("crisis", Intent.CRISIS, List.of("曝光", "投诉到", "消协", "起诉", "律师", "中毒", "受伤", "爆炸",
                    "媒体", "lawsuit", "poison", "injur"), Priority.P1, "pr"),
            new TriageRule("complaint", Intent.COMPLAINT, List.of("投诉", "差评", "退款", "退货", "质量问题", "骗", "垃圾",
                    "坏了", "refund", "broken", "terrible"), Priority.P2, "care"),
            new TriageRule("purchase", Intent.PURCHASE_INTENT, List.of("怎么买", "多少钱", "链接", "下单", "有货", "价格",
                    "how much", "price", "buy"), Priority.P2, "sales"),
            new TriageRule("question", Intent.QUESTION, List.of("?", "？", "怎么", "如何", "请问", "吗", "how", "when"),
                    Priority.P3, "care"),
            new TriageRule("praise", Intent.PRAISE, List.of("喜欢", "好用", "赞", "推荐", "love", "great"), Priority.P4,
                    "community"),
            new TriageRule("spam", Intent.SPAM, List.of("加微信", "兼职", "代刷", "刷单", "http://", "https://"), Priority.P4,
                    "moderation"));
}
