package io.github.mediaops.core.rules;

import static io.github.mediaops.core.rules.Items.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.platform.Platform;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: adapting a long body full of URLs grows linearly with its length. Not a speed test (that is
 * JMH in benchmarks/): it compares two sizes ten times apart against a generous bound (40x), taking the
 * best of several runs after warm-up so that a loaded machine does not make it flaky; the quadratic
 * URL scan it guards against grew about 100x.
 */
class ContentAdapterGrowthTest {
    private final ContentAdapter adapter = ContentAdapter.of(RuleBook.bundled());

    @Test
    void splitting_a_long_thread_full_of_urls_grows_linearly() {
        ContentItem small = post(4_000);
        ContentItem large = post(40_000);
        best(small, 3);
        best(large, 1);
        long tSmall = best(small, 4);
        long tLarge = best(large, 2);
        assertThat((double) tLarge / tSmall).as("time(10x input) / time(input): %d ns vs %d ns", tLarge, tSmall)
                .isLessThanOrEqualTo(40.0);
    }

    private static ContentItem post(int chars) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < chars; i++) {
            body.append(i % 8 == 0 ? "看这里👍🏽。 " : "").append("https://e.co/").append(i).append(' ');
        }
        return item(ContentKind.MICROBLOG_POST).title("Tips").body(body.toString()).build();
    }

    private long best(ContentItem item, int runs) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Adaptation a = adapter.adapt(item, Platform.X);
            best = Math.min(best, System.nanoTime() - t0);
            assertThat(a.thread()).isNotEmpty();
        }
        return best;
    }
}
