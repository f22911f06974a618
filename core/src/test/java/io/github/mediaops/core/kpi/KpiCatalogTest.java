package io.github.mediaops.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiCatalogTest {

    @Test
    void standard_catalogue_covers_the_operator_kpis() {
        assertThat(KpiCatalog.standard().all()).extracting(KpiDefinition::id).contains(
                "follower_growth", "views", "engagement_rate", "private_traffic_leads", "campaign_participation",
                "conversion_rate", "roi", "roas", "account_weight", "search_rank", "nps");
        assertThat(KpiCatalog.standard().get("search_rank").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void hosts_add_their_own_but_cannot_redefine() {
        KpiDefinition leadsPerPost = new KpiDefinition("leads_per_post", "Leads per post", "leads / posts",
                KpiUnit.RATIO, Direction.HIGHER_IS_BETTER);
        KpiCatalog mine = KpiCatalog.standard().with(leadsPerPost);
        assertThat(mine.find("leads_per_post")).hasValue(leadsPerPost);
        assertThat(KpiCatalog.standard().find("leads_per_post")).as("standard unchanged").isEmpty();
        KpiDefinition clash = new KpiDefinition("roi", "ROI", "something else", KpiUnit.RATIO, Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> mine.with(clash)).isInstanceOf(InvalidValueException.class).hasMessageContaining("roi");
        assertThatThrownBy(() -> mine.get("nope")).isInstanceOf(InvalidValueException.class).hasMessageContaining("known");
        assertThatThrownBy(() -> new KpiDefinition("Bad-Id", "x", "y", KpiUnit.COUNT, Direction.HIGHER_IS_BETTER))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Bad-Id");
    }

    @Test
    void targets_are_met_in_the_kpi_direction() {
        DateRange nov = DateRange.monthOf(LocalDate.of(2026, 11, 1));
        KpiTarget rank = new KpiTarget("search_rank", 3, nov);
        assertThat(rank.metBy(2, Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(rank.metBy(4, Direction.LOWER_IS_BETTER)).isFalse();
        assertThat(new KpiTarget("views", 1000, nov).metBy(1000, Direction.HIGHER_IS_BETTER)).isTrue();
        assertThatThrownBy(() -> rank.metBy(Double.NaN, Direction.LOWER_IS_BETTER)).isInstanceOf(InvalidValueException.class);
        Json.assertRoundTrip(rank);
        Json.assertRoundTrip(KpiCatalog.ENGAGEMENT_RATE);
    }
}
