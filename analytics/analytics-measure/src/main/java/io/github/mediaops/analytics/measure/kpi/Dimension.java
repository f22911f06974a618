package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a roll-up groups by: content, platform, account or campaign (or anything the host defines).
 * A snapshot whose group is unknown (a post in no campaign) is left out of that roll-up and counted in
 * {@link KpiRollup.Result#excluded()}.
 *
 * <p>Posts are identified by {@link #postKey(Platform, String)}, {@code "platform:postId"}.
 */
public final class Dimension {
    private final String name;
    private final Function<ContentMetrics, Optional<String>> group;

    private Dimension(String name, Function<ContentMetrics, Optional<String>> group) {
        this.name = name;
        this.group = group;
    }

    /** A custom dimension. */
    public static Dimension of(String name, Function<ContentMetrics, Optional<String>> group) {
        return new Dimension(Checks.notBlank(name, "name"), Checks.notNull(group, "group"));
    }

    /** One group per post ({@code "platform:postId"}). */
    public static Dimension content() {
        return new Dimension("content", m -> Optional.of(postKey(m.platform(), m.postId())));
    }

    public static Dimension platform() {
        return new Dimension("platform", m -> Optional.of(m.platform().id()));
    }

    /** Groups posts by the account that published them. */
    public static Dimension account(Map<String, AccountRef> accountByPostKey) {
        Map<String, AccountRef> map = Checks.mapOf(accountByPostKey, "accountByPostKey");
        return new Dimension("account", m -> Optional.ofNullable(map.get(postKey(m.platform(), m.postId())))
                .map(AccountRef::toString));
    }

    /** Groups posts by campaign id. */
    public static Dimension campaign(Map<String, String> campaignByPostKey) {
        Map<String, String> map = Checks.mapOf(campaignByPostKey, "campaignByPostKey");
        return new Dimension("campaign", m -> Optional.ofNullable(map.get(postKey(m.platform(), m.postId()))));
    }

    /** {@code "douyin:7301"}. */
    public static String postKey(Platform platform, String postId) {
        return Checks.notNull(platform, "platform").id() + ":" + Checks.notBlank(postId, "postId");
    }

    public String name() {
        return name;
    }

    Optional<String> groupOf(ContentMetrics m) {
        return group.apply(m);
    }

    @Override
    public String toString() {
        return "Dimension[" + name + "]";
    }
}
