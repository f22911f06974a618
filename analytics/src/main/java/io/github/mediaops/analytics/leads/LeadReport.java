package io.github.mediaops.analytics.leads;

import io.github.mediaops.core.internal.Checks;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
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
        byCampaign = Checks.mapOf(byCampaign, "byCampaign");
        byContent = Checks.mapOf(byContent, "byContent");
        byAccount = Checks.mapOf(byAccount, "byAccount");
        byPlatform = Checks.mapOf(byPlatform, "byPlatform");
        byAction = Checks.mapOf(byAction, "byAction");
        attributions = Checks.listOf(attributions, "attributions");
    }
}
