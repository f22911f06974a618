package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ValueProperties {

    @Property(tries = 300)
    void money_addition_is_exact_commutative_and_invertible(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
                                                            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b) {
        Money x = Money.of(BigDecimal.valueOf(a, 2), "CNY");
        Money y = Money.of(BigDecimal.valueOf(b, 2), "CNY");
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).amount()).isEqualByComparingTo(BigDecimal.valueOf(a + b, 2));
    }

    @Property(tries = 300)
    void chunks_partition_any_range(@ForAll @IntRange(min = 0, max = 2000) int startOffset,
                                    @ForAll @IntRange(min = 0, max = 400) int length,
                                    @ForAll @IntRange(min = 1, max = 60) int maxDays) {
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffset);
        DateRange range = DateRange.of(start, start.plusDays(length));
        List<DateRange> chunks = range.chunks(maxDays);
        assertThat(chunks.get(0).start()).isEqualTo(range.start());
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(range.end());
        assertThat(chunks).allSatisfy(c -> assertThat(c.days()).isBetween(1L, (long) maxDays));
        assertThat(chunks.stream().mapToLong(DateRange::days).sum()).isEqualTo(range.days());
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).start()).isEqualTo(chunks.get(i - 1).end().plusDays(1));
        }
    }
}
