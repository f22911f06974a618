package io.github.mediaops.connector.weibo;

import io.github.mediaops.core.rules.Change;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * What the {@code statuses/share} form sends for a variant, and every adaptation made to get there. The share form
 * takes no {@code #话题#} ("文本中不能包含#话题词#", open.weibo.com/wiki/2/statuses/share) and no {@code @mentions}
 * (platform-apis.md §10): topics are written as plain words, listed topics and mentions dropped, {@code @} removed
 * from handles, links off the app's safe domains dropped and a safe link from the item's links moved into the text
 * when it had none; each such change is listed here with the rule's source, never made silently.
 *
 * @param status      the text sent as {@code status}
 * @param weiboLength its length by Weibo's count (a 汉字 or other full-width character 1, two half-width characters
 *                    1, rounded up), at most {@link ShareRules#MAX_LENGTH}
 * @param picture     the file name of the one picture sent as {@code pic}, or empty for none
 * @param changes     what was changed and why, in order
 */
public record SharePreflight(String status, long weiboLength, String picture, List<Change> changes) {
    public SharePreflight {
        Checks.notBlank(status, "status");
        Checks.nonNegative(weiboLength, "weiboLength");
        Checks.notNull(picture, "picture");
        changes = Checks.listOf(changes, "changes");
    }

    /** Whether anything of the variant was changed or dropped. */
    public boolean adapted() {
        return !changes.isEmpty();
    }
}
