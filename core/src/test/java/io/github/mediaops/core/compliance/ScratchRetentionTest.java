package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thread's reusable check arrays grow with the largest text it checked; after {@link RuleEngine#QUIET_CHECKS} checks
 * of texts that are not large they are dropped, so a pool of threads does not each keep megabytes. Findings do not
 * depend on it.
 */
class ScratchRetentionTest {
    private static final String COPY = "全网最低价，顶级工艺！这款面霜7天淡斑祛痘，医生推荐，比玻尿酸更有效。当年镇上首家门店，"
            + "追求极致。保本保息，稳赚不赔。开光貔貅招财进宝。最大功率2000W，第一次下单送小样。最舒服的拖鞋，zui好用。";
    private static final String SHORT = "全网最低价，这款面霜7天淡斑祛痘，医生推荐。";

    @Test
    void arrays_grown_by_a_large_text_are_dropped_after_quiet_checks_and_kept_while_large_texts_go_on() {
        RuleEngine engine = new RuleEngine(Dictionary.bundled());
        String large = COPY.repeat(1 + 512 * 1024 / COPY.length());
        List<Finding> shortFindings = engine.check(SHORT, null, "body");
        long small = engine.retainedInts();

        List<Finding> largeFindings = engine.check(large, null, "body");
        long grown = engine.retainedInts();
        assertThat(largeFindings).hasSizeGreaterThan(20_000);
        assertThat(grown).as("ints kept after a 512 K-character check").isGreaterThan(100 * small)
                .isGreaterThan(200_000);

        // a thread that keeps checking large texts keeps its arrays, even with short texts between them
        for (int i = 0; i < RuleEngine.QUIET_CHECKS - 1; i++) {
            assertThat(engine.check(SHORT, null, "body")).isEqualTo(shortFindings);
        }
        assertThat(engine.retainedInts()).isEqualTo(grown);
        assertThat(engine.check(large, null, "body")).isEqualTo(largeFindings);
        assertThat(engine.retainedInts()).isEqualTo(grown);

        // QUIET_CHECKS short checks in a row drop them (the next check starts afresh); findings stay the same
        for (int i = 0; i < RuleEngine.QUIET_CHECKS + 1; i++) {
            assertThat(engine.check(SHORT, null, "body")).isEqualTo(shortFindings);
        }
        assertThat(engine.retainedInts()).isEqualTo(small);
        assertThat(engine.check(large, null, "body")).isEqualTo(largeFindings);
    }
}
