package io.github.mediaops.analytics.planning.trends;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A topic currently on a board, how fast it is moving, and how it relates to the brand.
 *
 * @param board           the board
 * @param topic           the topic
 * @param rank            current rank
 * @param heat            current heat
 * @param newEntry        first seen within the window (no earlier reading to compare with)
 * @param rankVelocity    ranks gained per hour over the window (positive = rising); 0 for new entries
 * @param heatGrowth      relative heat growth over the window (0.5 = +50 %); NaN when the earlier heat is 0 or for new entries
 * @param rising          new entry, rank velocity ≥ the minimum, or heat growth ≥ the minimum
 * @param matchedThemes   plan themes whose keywords occur in the topic
 * @param matchedKeywords those keywords
 * @param tabooWord       the taboo word found in the topic, or {@code null}
 *
 * @since 0.1.0
 */
public record TopicSignal(String board, String topic, int rank, long heat, boolean newEntry, double rankVelocity,
                          double heatGrowth, boolean rising, List<String> matchedThemes, List<String> matchedKeywords,
                          String tabooWord) {
    /** Validates the components; bad values fail with the field named. */
    public TopicSignal {
        Checks.notBlank(board, "board");
        Checks.notBlank(topic, "topic");
        matchedThemes = Checks.listOf(matchedThemes, "matchedThemes");
        matchedKeywords = Checks.listOf(matchedKeywords, "matchedKeywords");
    }

    /** A rising topic that matches a theme and hits no taboo: a 借势 opportunity. */
    public boolean opportunity() {
        return rising && !matchedThemes.isEmpty() && tabooWord == null;
    }

    /** @return the taboo word the topic contains, if any: stay away from it */
    public Optional<String> taboo() {
        return Optional.ofNullable(tabooWord);
    }
}
