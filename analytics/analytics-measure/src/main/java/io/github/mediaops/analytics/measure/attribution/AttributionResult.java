package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Credits per channel.
 *
 * @param model          the model's name
 * @param credits        conversions credited to each channel, by channel name; they sum to {@code conversions}
 * @param conversions    the number of converting journeys
 * @param removalEffects for the Markov model, each channel's removal effect in [0, 1]; empty otherwise
 */
public record AttributionResult(String model, Map<String, Double> credits, long conversions,
                                Map<String, Double> removalEffects) {
    public AttributionResult {
        Checks.notBlank(model, "model");
        credits = Collections.unmodifiableMap(new TreeMap<>(Checks.mapOf(credits, "credits")));
        Checks.nonNegative(conversions, "conversions");
        removalEffects = Collections.unmodifiableMap(new TreeMap<>(Checks.mapOf(removalEffects, "removalEffects")));
    }

    /** A channel's credit, 0 for a channel that got none. */
    public double credit(String channel) {
        return credits.getOrDefault(channel, 0.0);
    }

    /** A channel's share of all credit, in [0, 1]; 0 when there were no conversions. */
    public double share(String channel) {
        return conversions == 0 ? 0 : credit(channel) / conversions;
    }
}
