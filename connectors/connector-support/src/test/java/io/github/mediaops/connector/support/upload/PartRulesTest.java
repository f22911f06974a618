package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PartRulesTest {
    /** TikTok's chunk rules (Media Transfer Guide): 5 MB to 64 MB, at most 1000 chunks, files up to 4 GB. */
    private static final PartRules TIKTOK = new PartRules(5 * PartRules.MIB, 10_000_000, 64 * PartRules.MIB, 1000,
            4096 * PartRules.MIB, 1).withRemainderInLastPart();

    @Test
    void the_last_part_takes_the_trailing_bytes_as_in_tiktoks_documented_example() {
        // the guide's example: 50,000,123 bytes in chunks of 10,000,000 are 5 chunks, the last 10,000,123 bytes
        assertThat(TIKTOK.partBytes(50_000_123)).isEqualTo(10_000_000);
        assertThat(TIKTOK.partCount(50_000_123)).isEqualTo(5);
        UploadState s = new UploadState("u", 50_000_123, 10_000_000, 5, 1, new TreeMap<>(), true);
        assertThat(s.part(0).length()).isEqualTo(10_000_000);
        assertThat(s.part(4).offset()).isEqualTo(40_000_000);
        assertThat(s.part(4).length()).isEqualTo(10_000_123);
    }

    @Test
    void a_file_under_one_part_goes_whole_and_one_over_the_largest_part_goes_in_two() {
        assertThat(TIKTOK.partBytes(4_000_000)).isEqualTo(4_000_000);
        assertThat(TIKTOK.partCount(4_000_000)).isEqualTo(1);
        PartRules big = new PartRules(5 * PartRules.MIB, 64 * PartRules.MIB, 64 * PartRules.MIB, 1000,
                4096 * PartRules.MIB, 1).withRemainderInLastPart();
        long total = 100 * PartRules.MIB + 1;
        assertThat(big.partCount(total)).isEqualTo(2);
        assertThat(big.partBytes(total)).isEqualTo(total / 2);
    }

    @Test
    void the_classic_rule_keeps_a_short_last_part() {
        PartRules classic = new PartRules(5 * PartRules.MIB, 10_000_000, 64 * PartRules.MIB, 1000, 4096 * PartRules.MIB, 1);
        assertThat(classic.partCount(50_000_123)).isEqualTo(6);
        UploadState s = new UploadState("u", 50_000_123, 10_000_000, 6, 1, new TreeMap<>());
        assertThat(s.part(5).length()).isEqualTo(123);
        assertThatThrownBy(() -> new UploadState("u", 50_000_123, 10_000_000, 5, 1, new TreeMap<>()))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("partCount"));
        assertThatThrownBy(() -> new UploadState("u", 50_000_123, 10_000_000, 6, 1, new TreeMap<>(), true))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("partCount"));
    }
}
