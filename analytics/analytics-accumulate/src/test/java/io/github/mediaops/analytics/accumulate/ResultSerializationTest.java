package io.github.mediaops.analytics.accumulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Results a distributed job ships as Java-serialised values (e.g. Beam's default of an empty global combine). */
class ResultSerializationTest {
    @Test
    void moments_summaries_survive_java_serialisation_with_absent_statistics_absent() {
        Moments.Summary empty = Moments.zero().result();
        Moments.Summary one = Moments.zero().add(2.5).result();
        Moments.Summary many = Moments.zero().add(1).add(2).add(4).result();
        assertThat(roundTrip(empty)).isEqualTo(empty);
        assertThat(roundTrip(one)).isEqualTo(one);
        assertThat(((Moments.Summary) roundTrip(one)).sampleVariance()).isEmpty();
        assertThat(roundTrip(many)).isEqualTo(many);
    }

    @Test
    void unique_estimates_and_quantiles_survive_java_serialisation() {
        UniqueEstimate u = HllUniques.zero().add(1L).add(2L).result();
        KllQuantiles.Quantiles q = KllQuantiles.zero().add(1.0).add(3.0).result();
        assertThat(roundTrip(u)).isEqualTo(u);
        assertThat(roundTrip(q)).isEqualTo(q);
    }

    private static Object roundTrip(Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
