package io.github.mediaops.analytics.growth.sentiment;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.validate.Checks;

/**
 * Scores the sentiment of a short text in [-1, 1]: negative below 0, positive above 0, 0 when
 * nothing is known. This is the plug-in point for models: {@link LexiconSentimentScorer} is the
 * built-in implementation, and a host may wrap any better model (a fine-tuned transformer, a cloud
 * API) by implementing {@link #score}. Implementations must be thread-safe and must not throw on
 * ordinary text (empty text scores 0).
 */
@FunctionalInterface
public interface SentimentScorer {

    /** The sentiment of {@code text} in [-1, 1]. */
    double score(CharSequence text);

    /**
     * The polarity of {@code text}: NEGATIVE when the score is at most {@code -threshold}, POSITIVE
     * when at least {@code threshold}, NEUTRAL otherwise.
     *
     * @param threshold in (0, 1]; 0.05 is VADER's convention
     */
    default Polarity classify(CharSequence text, double threshold) {
        Checks.notNull(text, "text");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidValueException("threshold", "threshold must be in (0, 1] (was " + threshold + ")");
        }
        double s = score(text);
        return s <= -threshold ? Polarity.NEGATIVE : s >= threshold ? Polarity.POSITIVE : Polarity.NEUTRAL;
    }

    /** The polarity of a comment's text. */
    default Polarity classify(Comment comment, double threshold) {
        Checks.notNull(comment, "comment");
        return classify(comment.text(), threshold);
    }
}
