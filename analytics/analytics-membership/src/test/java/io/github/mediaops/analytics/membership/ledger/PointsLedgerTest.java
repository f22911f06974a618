package io.github.mediaops.analytics.membership.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ledger's rules, with every expected number worked out by hand in the comments (Asia/Shanghai is UTC+8
 * all year, so 10:00 there is 02:00Z). Concurrency is tested on every store in mediaops-analytics-membership-jdbc
 * ({@code LedgerStoreContract}).
 */
class PointsLedgerTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static MemberPoints member(ExpiryPolicy policy) {
        return PointsLedger.builder().store(new InMemoryLedgerStore()).expiry(policy).build().member("alice");
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void a_duplicate_delivery_adds_nothing_and_returns_the_first_entry() {
        MemberPoints m = member(ExpiryPolicy.never());
        Posting first = m.earn("order-1", 300, at("2026-01-01T00:00:00Z"));
        Posting again = m.earn("order-1", 300, at("2026-01-01T00:05:00Z"));
        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.entry()).isEqualTo(first.entry());
        assertThat(m.history()).hasSize(1);
        assertThat(m.balance(at("2026-02-01T00:00:00Z")).available()).isEqualTo(300);
    }

    @Test
    void a_second_delivery_that_disagrees_with_the_first_is_refused_naming_the_event() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("order-1", 300, at("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> m.earn("order-1", 500, at("2026-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("order-1").hasMessageContaining("500")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("eventId");
        assertThatThrownBy(() -> m.redeem("order-1", 300, at("2026-01-02T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(m.history()).hasSize(1);
    }

    @Test
    void redemption_takes_the_oldest_lots_first_so_the_newer_lot_is_what_expires() {
        MemberPoints m = member(ExpiryPolicy.monthsAfterEarning(12, SHANGHAI));
        m.earn("a", 100, at("2025-01-15T02:00:00Z"));   // 2025-01-15 10:00 Shanghai, expires 2026-01-15 10:00
        m.earn("b", 50, at("2025-06-01T02:00:00Z"));    // expires 2026-06-01 10:00 Shanghai = 02:00Z
        m.redeem("r", 120, at("2025-07-01T02:00:00Z")); // FIFO: 100 from a, 20 from b -> b keeps 30

        // After a's expiry nothing is lost (a was spent); b's 30 remain until 2026-06-01T02:00Z.
        // (Newest-first would have taken 50 from b and 70 from a, losing a's 30 on 2026-01-15.)
        Balance feb = m.balance(at("2026-02-01T00:00:00Z"));
        assertThat(feb.available()).isEqualTo(30);
        assertThat(feb.expired()).isZero();
        assertThat(feb.lots()).containsExactly(new PointLot("b", at("2025-06-01T02:00:00Z"), 30,
                Optional.of(at("2026-06-01T02:00:00Z"))));

        assertThat(m.balance(at("2026-06-01T01:59:59Z")).available()).isEqualTo(30);
        // At the expiry instant: earned 150 - redeemed 120 - expired 30 = 0.
        Balance june = m.balance(at("2026-06-01T02:00:00Z"));
        assertThat(june.earned()).isEqualTo(150);
        assertThat(june.redeemed()).isEqualTo(120);
        assertThat(june.expired()).isEqualTo(30);
        assertThat(june.available()).isZero();
        assertThat(june.lots()).isEmpty();
    }

    @Test
    void months_after_earning_follow_the_calendar_at_month_end() {
        // 2025-01-31 10:00 Shanghai + 1 month = 2025-02-28 10:00 Shanghai (2025 is not a leap year) = 02:00Z.
        assertThat(ExpiryPolicy.monthsAfterEarning(1, SHANGHAI).expiresAt(at("2025-01-31T02:00:00Z")))
                .contains(at("2025-02-28T02:00:00Z"));
        // The Shanghai calendar decides: 2025-01-31T20:00Z is already 2025-02-01 04:00 there -> 2025-03-01 04:00.
        assertThat(ExpiryPolicy.monthsAfterEarning(1, SHANGHAI).expiresAt(at("2025-01-31T20:00:00Z")))
                .contains(at("2025-02-28T20:00:00Z"));
        assertThat(ExpiryPolicy.never().expiresAt(at("2025-01-31T02:00:00Z"))).isEmpty();
    }

    @Test
    void a_redemption_cannot_overdraw_and_leaves_the_ledger_unchanged() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> m.redeem("r", 101, at("2026-01-02T00:00:00Z")))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.field()).isEqualTo("points");
                    assertThat(e.requested()).isEqualTo(101);
                    assertThat(e.available()).isEqualTo(100);
                    assertThat(e.memberId()).isEqualTo("alice");
                })
                .hasMessageContaining("points=101").hasMessageContaining("short 1");
        assertThat(m.history()).hasSize(1);
        assertThat(m.redeem("r", 100, at("2026-01-02T00:00:00Z")).duplicate()).isFalse();
    }

    @Test
    void expired_points_cannot_be_redeemed() {
        MemberPoints m = member(ExpiryPolicy.monthsAfterEarning(1, SHANGHAI));
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));   // expires 2026-02-01T00:00Z
        assertThatThrownBy(() -> m.redeem("r", 50, at("2026-02-01T00:00:00Z")))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> assertThat(e.available()).isZero());
        assertThat(m.redeem("r", 50, at("2026-01-31T23:59:59Z")).duplicate()).isFalse();
    }

    @Test
    void a_backdated_redemption_that_would_uncover_a_later_one_is_refused() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));
        m.redeem("late", 80, at("2026-03-01T00:00:00Z"));
        // At 2026-02-01 there are 100 points, but taking 30 then leaves 70 for the 80 of 2026-03-01.
        assertThatThrownBy(() -> m.redeem("early", 30, at("2026-02-01T00:00:00Z")))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.requested()).isEqualTo(80);
                    assertThat(e.available()).isEqualTo(70);
                });
    }

    @Test
    void reversing_a_redemption_gives_the_points_back_and_keeps_the_history() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));
        m.redeem("r", 60, at("2026-01-02T00:00:00Z"));
        Posting reversal = m.reverse("r", at("2026-01-03T00:00:00Z"));

        assertThat(reversal.entry().eventId()).isEqualTo("reversal:r");
        assertThat(reversal.entry().reverses()).contains("r");
        assertThat(reversal.entry().kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(m.history()).extracting(LedgerEntry::eventId).containsExactly("a", "r", "reversal:r");
        assertThat(m.balance(at("2026-01-02T12:00:00Z")).available()).isEqualTo(40);   // 100 - 60, before the reversal
        assertThat(m.balance(at("2026-01-03T00:00:00Z")).available()).isEqualTo(100);  // the 60 are back
        assertThat(m.reverse("r", at("2026-01-04T00:00:00Z")).duplicate()).isTrue();
    }

    @Test
    void points_given_back_by_a_reversal_keep_their_lots_expiry() {
        MemberPoints m = member(ExpiryPolicy.monthsAfterEarning(1, SHANGHAI));
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));   // expires 2026-02-01T00:00Z
        m.redeem("r", 100, at("2026-01-10T00:00:00Z"));
        m.reverse("r", at("2026-03-01T00:00:00Z"));
        // The 100 go back to lot a, which expired on 2026-02-01: earned 100, redeemed 0, expired 100.
        Balance b = m.balance(at("2026-03-01T00:00:00Z"));
        assertThat(b.available()).isZero();
        assertThat(b.expired()).isEqualTo(100);
        assertThat(b.redeemed()).isZero();
    }

    @Test
    void reversing_an_earning_is_refused_while_its_points_are_spent_and_allowed_when_others_cover_them() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));
        m.redeem("r", 80, at("2026-01-02T00:00:00Z"));
        assertThatThrownBy(() -> m.reverse("a", at("2026-01-03T00:00:00Z")))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.requested()).isEqualTo(80);
                    assertThat(e.available()).isZero();
                });

        MemberPoints n = PointsLedger.builder().store(new InMemoryLedgerStore()).build().member("bob");
        n.earn("a", 100, at("2026-01-01T00:00:00Z"));
        n.earn("b", 100, at("2026-01-01T12:00:00Z"));
        n.redeem("r", 80, at("2026-01-02T00:00:00Z"));
        assertThat(n.balance(at("2026-01-02T00:00:00Z")).available()).isEqualTo(120);    // 200 - 80
        n.reverse("a", at("2026-01-03T00:00:00Z"));
        // Without a: b's 100 cover r's 80 -> 20 left, all of it in lot b.
        Balance after = n.balance(at("2026-01-03T00:00:00Z"));
        assertThat(after.available()).isEqualTo(20);
        assertThat(after.lots()).extracting(PointLot::eventId).containsExactly("b");
    }

    @Test
    void reversals_of_nothing_and_of_reversals_are_refused_naming_the_field() {
        MemberPoints m = member(ExpiryPolicy.never());
        m.earn("a", 100, at("2026-01-01T00:00:00Z"));
        m.reverse("a", at("2026-01-02T00:00:00Z"));
        assertThatThrownBy(() -> m.reverse("missing", at("2026-01-02T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("missing")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("originalEventId");
        assertThatThrownBy(() -> m.reverse("reversal:a", at("2026-01-03T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot be reversed");
        assertThat(m.balance(at("2026-01-03T00:00:00Z")).available()).isZero();
    }

    @Test
    void bad_input_fails_with_the_field_named() {
        MemberPoints m = member(ExpiryPolicy.never());
        assertThatThrownBy(() -> m.earn("e", 0, at("2026-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("points");
        assertThatThrownBy(() -> m.earn(" ", 5, at("2026-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("eventId");
        assertThatThrownBy(() -> ExpiryPolicy.monthsAfterEarning(0, SHANGHAI))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("months");
        assertThatThrownBy(() -> PointsLedger.builder().build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("store");
        assertThatThrownBy(() -> new LedgerEntry("m", "e", EntryKind.EARN, 1, Instant.EPOCH, Optional.of("x"), 1))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("reverses");
    }

    @Test
    void members_have_separate_ledgers_for_the_same_event_id() {
        PointsLedger ledger = PointsLedger.builder().store(new InMemoryLedgerStore()).build();
        ledger.member("alice").earn("campaign-1", 10, at("2026-01-01T00:00:00Z"));
        assertThat(ledger.member("bob").earn("campaign-1", 10, at("2026-01-01T00:00:00Z")).duplicate()).isFalse();
        assertThat(List.of(ledger.member("alice").history().size(), ledger.member("bob").history().size()))
                .containsExactly(1, 1);
    }
}
