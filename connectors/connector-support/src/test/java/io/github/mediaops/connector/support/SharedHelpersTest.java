package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** IsoDays, OwnAccounts and Paging.find: small pieces several connectors share. */
class SharedHelpersTest {
    private static final Platform WECHAT = Platform.WECHAT_OFFICIAL_ACCOUNT;
    private static final String LIST = "cgi-bin/freepublish/batchget";

    @Test
    void iso_days_read_exactly_what_the_jdk_reads() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2031, 1, 8)); d = d.plusDays(1)) {
            assertThat(IsoDays.parse(d.toString())).isEqualTo(d);
        }
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-19", "20261119",
                "2026/11/19", "2026-11-1x", "", "２０２６-11-19"}) {
            assertThatThrownBy(() -> LocalDate.parse(bad)).as("jdk " + bad).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> IsoDays.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
        assertThat(IsoDays.parse("+12026-01-02")).isEqualTo(LocalDate.parse("+12026-01-02"));
    }

    @Test
    void own_accounts_accept_the_own_id_and_its_aliases_only() {
        Platform p = Platform.WECHAT_OFFICIAL_ACCOUNT;
        AccountRef own = AccountRef.of(p, "gh_abc");
        assertThat(OwnAccounts.check(AccountRef.of(p, "gh_abc"), own, "wx123")).isEqualTo(AccountRef.of(p, "gh_abc"));
        assertThat(OwnAccounts.check(AccountRef.of(p, "wx123"), own, "wx123").accountId()).isEqualTo("wx123");
        assertThatThrownBy(() -> OwnAccounts.check(AccountRef.of(p, "gh_other"), own, "wx123"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("account"))
                .hasMessageContaining("gh_other").hasMessageContaining("gh_abc").hasMessageContaining("wx123");
        assertThatThrownBy(() -> OwnAccounts.check(AccountRef.of(Platform.WECOM, "gh_abc"), own))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OwnAccounts.check(null, own)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("account");
    }

    /** A listing of {@code n} numbers, newest (highest) first, in pages; records the pages read. */
    private static final class Listing {
        final int n;
        final List<Integer> pagesRead = new ArrayList<>();

        Listing(int n) {
            this.n = n;
        }

        Page<Integer> page(PageRequest r) {
            int offset = Paging.offset(r);
            pagesRead.add(offset);
            List<Integer> items = IntStream.range(offset, Math.min(n, offset + r.size())).map(i -> n - i).boxed().toList();
            return new Page<>(items, Paging.nextOffsetCursor(offset, items.size(), n));
        }
    }

    @Test
    void page_search_reads_pages_until_a_match() {
        Listing l = new Listing(100);
        assertThat(Paging.find(WECHAT, LIST, l::page, 20, i -> i == 45, i -> false)).contains(45);
        assertThat(l.pagesRead).containsExactly(0, 20, 40);
    }

    @Test
    void page_search_stops_after_the_page_that_goes_beyond_and_never_matches_beyond_items() {
        Listing l = new Listing(100);
        assertThat(Paging.find(WECHAT, LIST, l::page, 20, i -> i == 30, i -> i < 70)).isEmpty();
        assertThat(l.pagesRead).containsExactly(0, 20);
        Listing whole = new Listing(50);
        assertThat(Paging.find(WECHAT, LIST, whole::page, 20, i -> i == 0, i -> false)).isEmpty();
        assertThat(whole.pagesRead).containsExactly(0, 20, 40);
    }

    @Test
    void page_search_refuses_a_cursor_that_does_not_advance() {
        assertThatThrownBy(() -> Paging.find(WECHAT, LIST, r -> new Page<>(List.of(1), "5"), 1, i -> false, i -> false))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.platform()).isEqualTo(WECHAT);
                    assertThat(e.details().operation()).contains(LIST);
                    assertThat(e.getMessage()).contains("did not advance").contains("\"5\"");
                });
    }
}
