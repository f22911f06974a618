package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A keyword rule as data: an item whose text contains any keyword (case- and width-insensitive) gets
 * this intent, priority and queue.
 *
 * @param id       the rule's id
 * @param intent   the intent it assigns
 * @param keywords at least one keyword
 * @param priority the priority it assigns
 * @param queue    the queue or owner to route to
 */
public record TriageRule(String id, Intent intent, List<String> keywords, Priority priority, String queue) {
    public TriageRule {
        Checks.notBlank(id, "id");
        Checks.notNull(intent, "intent");
        keywords = Checks.notBlankEach(keywords, "keywords");
        if (keywords.isEmpty()) {
            throw new InvalidValueException("keywords", "rule " + id + " needs at least one keyword");
        }
        Checks.notNull(priority, "priority");
        Checks.notBlank(queue, "queue");
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
