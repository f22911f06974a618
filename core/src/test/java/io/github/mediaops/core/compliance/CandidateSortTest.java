package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The candidate sort ({@code RuleEngine.Cands.sortByStart}: an insertion sort per group, then a merge of the groups, and
 * a merge sort once the insertion sort has shifted too much) against a plain stable sort of the same rows by start,
 * longer first. Rows are made as a check makes them: groups of rows, each in some order.
 */
class CandidateSortTest {

    @Test
    void a_group_in_reverse_order_takes_the_merge_sort_and_still_sorts() {
        RuleEngine.Cands cands = new RuleEngine.Cands();
        cands.startGroup();
        for (int i = 0; i < 2_000; i++) {
            int start = 10_000 - 3 * i;
            cands.add(start, start + 1 + i % 4, 0, i, -1, -1, 0);
        }
        cands.startGroup();
        for (int i = 0; i < 50; i++) {
            cands.add(7 * i, 7 * i + 2, 1, i, -1, -1, 0);
        }

        cands.sortByStart();

        assertThat(cands.fellBack).as("more than 8 shifts per row: the merge sort takes over").isTrue();
        assertThat(Arrays.copyOf(cands.order, cands.size)).containsExactly(plainSort(cands));
    }

    @Test
    void many_groups_in_adversarial_orders_sort_as_a_plain_stable_sort() {
        Random random = new Random(20261206L);
        int fellBack = 0;
        int insertionOnly = 0;
        for (int trial = 0; trial < 400; trial++) {
            RuleEngine.Cands cands = new RuleEngine.Cands();
            int groups = 1 + random.nextInt(trial % 4 == 0 ? 300 : 12);
            int span = 1 + random.nextInt(200);
            for (int g = 0; g < groups; g++) {
                cands.startGroup();
                int rows = random.nextInt(trial % 3 == 0 ? 400 : 40);
                int order = random.nextInt(4);
                for (int i = 0; i < rows; i++) {
                    int start = switch (order) {
                        case 0 -> i * span / Math.max(1, rows);      // in order, with ties
                        case 1 -> (rows - i) * span / Math.max(1, rows); // reversed
                        case 2 -> random.nextInt(span);               // random, many ties
                        default -> i + (random.nextInt(3) - 1);       // almost in order
                    };
                    start = Math.max(0, start);
                    int end = start + 1 + random.nextInt(4);
                    cands.add(start, end, random.nextInt(3), g * 1_000 + i, -1, -1, 0);
                }
            }

            cands.sortByStart();

            assertThat(Arrays.copyOf(cands.order, cands.size)).as("trial %d", trial)
                    .containsExactly(plainSort(cands));
            if (cands.fellBack) {
                fellBack++;
            } else if (cands.size > 0) {
                insertionOnly++;
            }
            cands.clear();
        }
        assertThat(fellBack).as("trials that took the merge sort").isGreaterThan(50);
        assertThat(insertionOnly).as("trials sorted by insertion and merge of groups").isGreaterThan(50);
    }

    @Test
    void a_reused_candidate_list_sorts_again_after_clear() {
        RuleEngine.Cands cands = new RuleEngine.Cands();
        cands.startGroup();
        for (int i = 0; i < 500; i++) {
            cands.add(500 - i, 501 - i + i % 3, 0, i, -1, -1, 0);
        }
        cands.sortByStart();
        assertThat(cands.fellBack).isTrue();
        cands.clear();
        cands.startGroup();
        for (int i = 0; i < 30; i++) {
            cands.add(i / 2, i / 2 + 1 + i % 2, 0, i, -1, -1, 0);
        }
        cands.sortByStart();
        assertThat(cands.fellBack).isFalse();
        assertThat(Arrays.copyOf(cands.order, cands.size)).containsExactly(plainSort(cands));
    }

    /** Row indices sorted by start, then larger end first, then as made (a stable library sort). */
    private static int[] plainSort(RuleEngine.Cands cands) {
        Integer[] rows = IntStream.range(0, cands.size).boxed().toArray(Integer[]::new);
        Arrays.sort(rows, Comparator.<Integer>comparingInt(r -> cands.get(r, RuleEngine.Cands.START))
                .thenComparing(Comparator.<Integer>comparingInt(r -> cands.get(r, RuleEngine.Cands.END)).reversed()));
        return Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
    }
}
