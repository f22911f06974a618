package io.github.mediaops.core.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A set of KPI definitions, looked up by id. {@link #standard()} holds the KPIs of new-media
 * operations; a host adds its own with {@link #with(KpiDefinition)}.
 */
public final class KpiCatalog {

    public static final KpiDefinition FOLLOWER_GROWTH = new KpiDefinition("follower_growth", "Follower growth",
            "followers gained minus followers lost during the period", KpiUnit.COUNT, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition FOLLOWER_GROWTH_RATE = new KpiDefinition("follower_growth_rate",
            "Follower growth rate", "net followers gained during the period / followers at the start of the period",
            KpiUnit.FRACTION, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition VIEWS = new KpiDefinition("views", "Reads / plays",
            "reads, plays or views of the content during the period, counting repeats", KpiUnit.COUNT,
            Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition ENGAGEMENT_RATE = new KpiDefinition("engagement_rate", "Engagement rate",
            "(likes + comments + shares + saves) / views during the period; state the denominator when it is reach or followers",
            KpiUnit.FRACTION, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition COMPLETION_RATE = new KpiDefinition("completion_rate", "Completion rate",
            "plays watched to the end / plays", KpiUnit.FRACTION, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition CLICK_THROUGH_RATE = new KpiDefinition("click_through_rate", "Click-through rate",
            "clicks / impressions", KpiUnit.FRACTION, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition PRIVATE_TRAFFIC_LEADS = new KpiDefinition("private_traffic_leads",
            "Private-traffic leads", "users who added the brand's WeCom contact, joined a group or followed the "
            + "service account from public content during the period", KpiUnit.COUNT, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition CAMPAIGN_PARTICIPATION = new KpiDefinition("campaign_participation",
            "Campaign participation", "distinct users who took part in the campaign (entered, checked in, posted, invited)",
            KpiUnit.COUNT, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition CONVERSION_RATE = new KpiDefinition("conversion_rate", "Product conversion rate",
            "orders (or paying users) / visitors who reached the product page", KpiUnit.FRACTION,
            Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition ROI = new KpiDefinition("roi", "Return on investment",
            "(attributed revenue - cost) / cost", KpiUnit.RATIO, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition ROAS = new KpiDefinition("roas", "Return on ad spend",
            "attributed revenue / ad spend", KpiUnit.RATIO, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition GMV = new KpiDefinition("gmv", "Gross merchandise value",
            "value of orders placed during the period, before refunds", KpiUnit.MONEY, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition ACCOUNT_WEIGHT = new KpiDefinition("account_weight", "Account weight",
            "a 0-100 health score of the account from posting consistency, engagement, violations and follower quality",
            KpiUnit.SCORE, Direction.HIGHER_IS_BETTER);
    public static final KpiDefinition SEARCH_RANK = new KpiDefinition("search_rank", "Search rank",
            "position of the account or content in the platform's search results for a tracked keyword, 1 = top",
            KpiUnit.RANK, Direction.LOWER_IS_BETTER);
    public static final KpiDefinition NPS = new KpiDefinition("nps", "Net promoter score",
            "100 x (share answering 9-10 - share answering 0-6) to 'how likely are you to recommend us', -100 to 100",
            KpiUnit.SCORE, Direction.HIGHER_IS_BETTER);

    private static final KpiCatalog STANDARD = new KpiCatalog(Map.of()).withAll(java.util.List.of(
            FOLLOWER_GROWTH, FOLLOWER_GROWTH_RATE, VIEWS, ENGAGEMENT_RATE, COMPLETION_RATE, CLICK_THROUGH_RATE,
            PRIVATE_TRAFFIC_LEADS, CAMPAIGN_PARTICIPATION, CONVERSION_RATE, ROI, ROAS, GMV, ACCOUNT_WEIGHT,
            SEARCH_RANK, NPS));

    private final Map<String, KpiDefinition> byId;

    private KpiCatalog(Map<String, KpiDefinition> byId) {
        this.byId = byId;
    }

    /** The standard KPIs of new-media operations. */
    public static KpiCatalog standard() {
        return STANDARD;
    }

    /** An empty catalogue. */
    public static KpiCatalog empty() {
        return new KpiCatalog(Map.of());
    }

    /**
     * A catalogue with one more definition.
     *
     * @throws InvalidValueException if the id is already defined differently
     */
    public KpiCatalog with(KpiDefinition definition) {
        Checks.notNull(definition, "definition");
        KpiDefinition existing = byId.get(definition.id());
        if (existing != null && !existing.equals(definition)) {
            throw new InvalidValueException("id", "KPI id \"" + definition.id() + "\" is already defined as " + existing);
        }
        Map<String, KpiDefinition> next = new LinkedHashMap<>(byId);
        next.put(definition.id(), definition);
        return new KpiCatalog(java.util.Collections.unmodifiableMap(next));
    }

    public KpiCatalog withAll(Collection<KpiDefinition> definitions) {
        KpiCatalog c = this;
        for (KpiDefinition d : definitions) {
            c = c.with(d);
        }
        return c;
    }

    public Optional<KpiDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The definition with this id.
     *
     * @throws InvalidValueException naming the known ids when there is none
     */
    public KpiDefinition get(String id) {
        KpiDefinition d = byId.get(id);
        if (d == null) {
            throw new InvalidValueException("id", "unknown KPI id " + Checks.show(id) + "; known: " + byId.keySet());
        }
        return d;
    }

    /** All definitions in the order they were added. */
    public Collection<KpiDefinition> all() {
        return byId.values();
    }
}
