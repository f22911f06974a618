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
 * @param valueCredits   conversion value credited to each channel by the same model (the conversions'
 *                       values shared as the conversions are); they sum to {@code conversionValue}; all 0
 *                       when no value was given
 * @param conversionValue the total value of the conversions
 *
 * @since 0.1.0
 */
public record AttributionResult(String model, Map<String, Double> credits, long conversions,
                                Map<String, Double> removalEffects, Map<String, Double> valueCredits,
                                double conversionValue) {
    /** Validates the components; bad values fail with the field named. */
    public AttributionResult {
        Checks.notBlank(model, "model");
        credits = Collections.unmodifiableMap(new TreeMap<>(Checks.mapOf(credits, "credits")));
        Checks.nonNegative(conversions, "conversions");
        removalEffects = Collections.unmodifiableMap(new TreeMap<>(Checks.mapOf(removalEffects, "removalEffects")));
        valueCredits = Collections.unmodifiableMap(new TreeMap<>(Checks.mapOf(valueCredits, "valueCredits")));
        Checks.finite(conversionValue, "conversionValue");
    }

    /** A channel's credited conversion value, 0 for a channel that got none. */
    public double valueCredit(String channel) {
        return valueCredits.getOrDefault(channel, 0.0);
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
