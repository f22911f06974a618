package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.UniqueEstimate;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Registers {@link MediaOpsCoders} with Beam's {@code CoderRegistry}. Beam finds it through
 * {@code META-INF/services/org.apache.beam.sdk.coders.CoderProviderRegistrar}; nothing to call:
 *
 * <pre>{@code
 * Coder<EngagementEvent> c = CoderRegistry.createDefault().getCoder(EngagementEvent.class);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MediaOpsCoderRegistrar implements CoderProviderRegistrar {
    /** The constructor {@code ServiceLoader} calls. */
    public MediaOpsCoderRegistrar() {
    }

    @Override
    public List<CoderProvider> getCoderProviders() {
        return List.of(provider(EngagementEvent.class, MediaOpsCoders.engagementEvent()),
                provider(PostDayKpis.Row.class, MediaOpsCoders.postDayRow()),
                provider(UniqueEstimate.class, MediaOpsCoders.uniqueEstimate()),
                provider(Moments.Summary.class, MediaOpsCoders.momentsSummary()),
                provider(KllQuantiles.Quantiles.class, MediaOpsCoders.quantiles()));
    }

    private static <T> CoderProvider provider(Class<T> type, Coder<T> coder) {
        return CoderProviders.forCoder(TypeDescriptor.of(type), coder);
    }
}
