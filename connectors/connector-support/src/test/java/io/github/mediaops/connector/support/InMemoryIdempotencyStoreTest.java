package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@link IdempotencyStoreContract} on memory, plus its bounds. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    private final Map<String, InMemoryIdempotencyStore> stores = new ConcurrentHashMap<>();

    @Override
    IdempotencyStore store(String name) {
        return stores.computeIfAbsent(name, n -> new InMemoryIdempotencyStore());
    }

    @Test
    void holds_at_most_its_capacity_dropping_the_oldest() {
        InMemoryIdempotencyStore s = new InMemoryIdempotencyStore(3);
        for (int i = 1; i <= 5; i++) {
            s.put("k" + i, "r" + i, NOW.plusSeconds(i), TTL);
        }
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.get("k1", NOW)).isEmpty();
        assertThat(s.get("k2", NOW)).isEmpty();
        assertThat(s.get("k5", NOW)).hasValue("r5");
    }

    @Test
    void expired_records_are_evicted_when_new_ones_arrive() {
        InMemoryIdempotencyStore s = new InMemoryIdempotencyStore(100);
        s.put("old", "r", NOW, TTL);
        s.put("new", "r", NOW.plus(TTL).plusSeconds(1), TTL);
        assertThat(s.size()).isEqualTo(1);
    }

    @Test
    void rejects_a_capacity_below_one() {
        assertThatThrownBy(() -> new InMemoryIdempotencyStore(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("capacity");
    }
}
