package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leads per campaign, content, account and platform: each lead (distinct lead id) counted once, for
 * the touchpoint its credited event points to.
 *
 * @param leads         distinct leads seen
 * @param unattributed  leads none of whose events carried a known tracking code
 * @param byCampaign    leads per campaign id
 * @param byContent     leads per content id (touchpoints without content are not counted here)
 * @param byAccount     leads per account
 * @param byPlatform    leads per platform
 * @param byAction      distinct leads that performed each action (attributed or not)
 * @param attributions  one per lead, in lead id order
 */
public record LeadReport(int leads, int unattributed, Map<String, Integer> byCampaign, Map<String, Integer> byContent,
                         Map<AccountRef, Integer> byAccount, Map<Platform, Integer> byPlatform,
                         Map<LeadAction, Integer> byAction, List<AttributedLead> attributions) {
    public LeadReport {
        byCampaign = sorted(byCampaign, "byCampaign");
        byContent = sorted(byContent, "byContent");
        byAccount = sorted(byAccount, "byAccount");
        byPlatform = sorted(byPlatform, "byPlatform");
        byAction = sorted(byAction, "byAction");
        attributions = Checks.listOf(attributions, "attributions");
    }

    /** An unmodifiable copy iterating in key order (by {@code toString}), so reports print the same every run. */
    private static <K> Map<K, Integer> sorted(Map<K, Integer> m, String field) {
        Checks.mapOf(m, field);
        Map<K, Integer> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }
}
