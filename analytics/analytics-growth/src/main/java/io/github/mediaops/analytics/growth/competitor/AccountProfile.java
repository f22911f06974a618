package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Map;

/**
 * One account's activity over the period.
 *
 * @param accountId          the account
 * @param own                whether it is the team's own
 * @param posts              posts in the period
 * @param postsPerWeek       posts / (days / 7)
 * @param postsByHour        24 counts, by local hour of publication (0 = midnight)
 * @param postsByWeekday     7 counts, Monday first
 * @param contentMix         share of posts per content kind (kinds with posts only)
 * @param meanEngagement     mean engagements per post (0 without posts)
 * @param medianEngagement   median engagements per post (0 without posts)
 * @param followerGrowth     followersEnd − followersStart
 * @param followerGrowthRate growth / followersStart (0 when it started at 0)
 * @param topPosts           the posts with the most engagements, best first
 */
public record AccountProfile(String accountId, boolean own, int posts, double postsPerWeek, List<Integer> postsByHour,
                             List<Integer> postsByWeekday, Map<ContentKind, Double> contentMix, double meanEngagement,
                             double medianEngagement, long followerGrowth, double followerGrowthRate,
                             List<PublicPost> topPosts) {
    public AccountProfile {
        Checks.notBlank(accountId, "accountId");
        postsByHour = List.copyOf(postsByHour);
        postsByWeekday = List.copyOf(postsByWeekday);
        contentMix = Map.copyOf(contentMix);
        topPosts = List.copyOf(topPosts);
    }
}
