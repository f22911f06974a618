package io.github.mediaops.connector.ga4;

import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.OwnAccounts;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The Google Analytics 4 connector: the Data API ({@code runReport}, {@code batchRunReports}) with every value typed by
 * its column, traffic by source / medium / campaign ({@link #campaignTraffic}) so that the UTM links mediaops builds
 * come back as attributed sessions, users, key events and revenue, a website's pages as
 * {@link Capability#CONTENT_METRICS}, and the Measurement Protocol to send offline conversions (a purchase closed in
 * private traffic) back to GA4 ({@link #sendEvents}, checked with {@link #validateEvents}).
 *
 * <p>Credentials: identifier {@code propertyId} (the numeric GA4 property id) and secret {@code serviceAccountJson}
 * (the service account's JSON key file; add the service account as a Viewer of the property). Access tokens come from
 * the key's {@code token_uri} for a JWT signed with the key (RS256, by the JDK), scope {@code analytics.readonly},
 * one hour, kept in the token store. For the Measurement Protocol add identifier {@code measurementId}
 * ({@code G-...}) and secret {@code apiSecret}; the secret never appears in logs, messages or {@code toString()}.
 *
 * <p>Errors are Google's {@code {"error":{"code","message","status"}}}: {@code RESOURCE_EXHAUSTED} (429, a quota) is
 * a {@code RateLimitedException} retried with the runtime's backoff, {@code UNAUTHENTICATED} (401) refreshes the token
 * once, {@code PERMISSION_DENIED} (403) is a {@code PermissionDeniedException}, {@code INVALID_ARGUMENT} (400) an
 * {@code InvalidRequestException} with Google's message.
 *
 * <p>Thread-safe; build one per property and share it. {@link #toString()} shows no secret.
 */
public final class Ga4Connector extends HttpConnector {
    /** The connector id registered by {@link Ga4ConnectorProvider}. */
    public static final String ID = "ga4";
    /** The Data API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://analyticsdata.googleapis.com/");
    /** The Measurement Protocol host (use {@code https://region1.google-analytics.com/} to collect in the EU). */
    public static final URI DEFAULT_MEASUREMENT_URL = URI.create("https://www.google-analytics.com/");
    /** The OAuth2 scope the connector asks for. */
    public static final String SCOPE = "https://www.googleapis.com/auth/analytics.readonly";
    /** Most reports in one {@code batchRunReports}. */
    public static final int MAX_BATCH = 5;
    /** Rows per page when a request sets no limit and every row is wanted. */
    public static final long PAGE_ROWS = 10_000;
    /** Most rows one {@link #runReportAllRows} call reads by default in {@link #campaignTraffic} and page metrics. */
    public static final long MAX_ROWS = 1_000_000;
    /** How old events may be for the Measurement Protocol. */
    public static final Duration MAX_EVENT_AGE = Duration.ofHours(72);

    static final String RUN_REPORT = "v1beta/properties:runReport";
    static final String BATCH_RUN_REPORTS = "v1beta/properties:batchRunReports";
    static final String TOKEN = "oauth2/token";
    static final String COLLECT = "mp/collect";
    static final String VALIDATE = "debug/mp/collect";

    private static final Pattern PROPERTY = Pattern.compile("[0-9]{1,20}");
    private static final Pattern MEASUREMENT_ID = Pattern.compile("G-[A-Z0-9]{4,20}");

    private final ServiceAccountKey key;
    private final AccountRef account;
    private final ZoneId zone;
    private final Ga4Api api;
    private final URI measurementUrl;
    private final String measurementId;
    private final Secret apiSecret;
    private final AtomicReference<Ga4Quota> lastQuota = new AtomicReference<>();

    private Ga4Connector(Builder b) {
        super(Ga4ConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, Ga4Errors.TABLE);
        ConnectorConfig config = config();
        if (!PROPERTY.matcher(app()).matches()) {
            throw new InvalidValueException("propertyId", "propertyId is the numeric GA4 property id, e.g. 123456789 (was "
                    + Checks.show(app()) + ")");
        }
        this.key = ServiceAccountKey.parse(config.credentials().requireSecret(ServiceAccountKey.FIELD));
        this.account = AccountRef.of(Ga4Errors.PLATFORM, app());
        this.zone = config.zone().orElse(ZoneOffset.UTC);
        this.api = api(Ga4Api.class);
        this.measurementUrl = b.measurementUrl != null ? b.measurementUrl
                : config.baseUrl().orElse(DEFAULT_MEASUREMENT_URL);
        this.measurementId = config.credentials().identifier("measurementId").orElse(null);
        this.apiSecret = config.credentials().secret("apiSecret").orElse(null);
        if (measurementId != null && !MEASUREMENT_ID.matcher(measurementId).matches()) {
            throw new InvalidValueException("measurementId", "measurementId is a web stream's id such as G-XXXXXXX (was "
                    + Checks.show(measurementId) + ")");
        }
        offer(Capability.CONTENT_METRICS, new Ga4PageMetrics(this));
    }

    /** A builder for a connector with this configuration. */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges a JWT signed with the service-account key for an access token at the key's {@code token_uri}
     * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}). A refused key ({@code invalid_grant},
     * {@code invalid_client}) is an {@link AuthenticationException} that a refresh cannot cure.
     */
    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        Instant now = config().clock().instant();
        String assertion = ServiceAccountJwt.assertion(key, SCOPE, now);
        Ga4Api.TokenResponse r;
        try {
            r = runtime().readWithoutToken(TOKEN, () -> api.token(key.tokenUri().toString(), ServiceAccountJwt.GRANT_TYPE, assertion));
        } catch (InvalidRequestException | AuthenticationException e) {
            throw new AuthenticationException("the token endpoint refused the service account " + key.clientEmail()
                    + " (check the key, its validity and the machine's clock)", e.details(), false);
        }
        String token = Ga4Errors.WIRE.required(TOKEN, "access_token", r.accessToken());
        long seconds = Ga4Errors.WIRE.positiveSeconds(TOKEN, "expires_in", r.expiresIn());
        return AccessToken.of(token, now, Duration.ofSeconds(seconds));
    }

    /** The property this connector reads ({@code google-analytics:<propertyId>}). */
    public AccountRef account() {
        return account;
    }

    /** The quota state GA4 returned with the latest report that asked for it, if any. */
    public Optional<Ga4Quota> lastQuota() {
        return Optional.ofNullable(lastQuota.get());
    }

    /** One {@code runReport} call: one page of rows as the request's {@code limit} and {@code offset} say. */
    public Ga4Report runReport(Ga4ReportRequest request) {
        Checks.notNull(request, "request");
        Ga4Api.ReportBody body = Ga4Mapping.body(request);
        Ga4Api.Report r = runtime().read(RUN_REPORT, t -> api.runReport("Bearer " + t, app(), body));
        return remember(Ga4Mapping.report(RUN_REPORT, r));
    }

    /**
     * Every row of a report, read page by page with {@code limit} and {@code offset} until {@code rowCount} rows are
     * in (pages of the request's limit, else {@value #PAGE_ROWS}); the quota is the last page's.
     *
     * @throws InvalidValueException naming {@code maxRows} when the report holds more rows than that
     */
    public Ga4Report runReportAllRows(Ga4ReportRequest request, long maxRows) {
        Checks.notNull(request, "request");
        Checks.positive(maxRows, "maxRows");
        long pageRows = request.limit().orElse(PAGE_ROWS);
        long offset = request.offset();
        List<Ga4Row> rows = new ArrayList<>();
        Ga4Report page;
        do {
            page = runReport(request.page(offset, pageRows));
            rows.addAll(page.rows());
            if (page.rowCount() - request.offset() > maxRows) {
                throw new InvalidValueException("maxRows", "the report holds " + page.rowCount() + " rows, more than maxRows "
                        + maxRows + "; narrow the request or raise maxRows");
            }
            if (page.rows().isEmpty()) {
                break;
            }
            offset += page.rows().size();
        } while (offset < page.rowCount());
        return new Ga4Report(page.dimensions(), page.metrics(), rows, page.rowCount(), page.currency(), page.timeZone(),
                page.quota());
    }

    /**
     * Up to {@value #MAX_BATCH} reports in one {@code batchRunReports} call, in the order asked.
     *
     * @throws InvalidValueException naming {@code requests} when there are none or more than {@value #MAX_BATCH}
     */
    public List<Ga4Report> batchRunReports(List<Ga4ReportRequest> requests) {
        List<Ga4ReportRequest> list = Checks.listOf(requests, "requests");
        if (list.isEmpty() || list.size() > MAX_BATCH) {
            throw new InvalidValueException("requests", "batchRunReports takes 1 to " + MAX_BATCH + " requests (was "
                    + list.size() + ")");
        }
        List<Ga4Api.ReportBody> bodies = new ArrayList<>();
        list.forEach(r -> bodies.add(Ga4Mapping.body(r)));
        Ga4Api.BatchReports r = runtime().read(BATCH_RUN_REPORTS,
                t -> api.batchRunReports("Bearer " + t, app(), new Ga4Api.BatchBody(bodies)));
        List<Ga4Api.Report> reports = Ga4Mapping.nonNull(r.reports());
        if (reports.size() != list.size()) {
            throw Ga4Errors.WIRE.unexpected(BATCH_RUN_REPORTS, "asked for " + list.size() + " reports, got " + reports.size());
        }
        List<Ga4Report> out = new ArrayList<>();
        for (Ga4Api.Report report : reports) {
            out.add(remember(Ga4Mapping.report(BATCH_RUN_REPORTS, report)));
        }
        return out;
    }

    /** Daily traffic by source / medium / campaign for {@code days}: every row of the report. */
    public List<CampaignTraffic> campaignTraffic(DateRange days) {
        return campaignTraffic(Checks.notNull(days, "days"), Optional.empty());
    }

    /** Daily traffic by source and medium of one campaign ({@code utm_campaign}) for {@code days}. */
    public List<CampaignTraffic> campaignTraffic(DateRange days, String campaign) {
        return campaignTraffic(Checks.notNull(days, "days"), Optional.of(Checks.notBlank(campaign, "campaign")));
    }

    private List<CampaignTraffic> campaignTraffic(DateRange days, Optional<String> campaign) {
        Ga4ReportRequest.Builder b = Ga4ReportRequest.builder(days)
                .dimensions("date", "sessionSource", "sessionMedium", "sessionCampaignName")
                .metrics("sessions", "activeUsers", "totalUsers", "keyEvents", "purchaseRevenue")
                .orderByDimension("date", false);
        campaign.ifPresent(c -> b.filter("sessionCampaignName", c));
        Ga4Report report = runReportAllRows(b.build(), MAX_ROWS);
        List<CampaignTraffic> out = new ArrayList<>();
        for (Ga4Row row : report.rows()) {
            out.add(new CampaignTraffic(Ga4Mapping.day(RUN_REPORT, row.dimension("date")), row.dimension("sessionSource"),
                    row.dimension("sessionMedium"), row.dimension("sessionCampaignName"), row.count("sessions").orElse(0),
                    row.count("activeUsers").orElse(0), row.count("totalUsers").orElse(0), row.count("keyEvents").orElse(0),
                    row.money("purchaseRevenue")));
        }
        return out;
    }

    /**
     * Sends events to the Measurement Protocol ({@code POST /mp/collect}) at most once per idempotency key: a repeat
     * returns the first delivery and sends nothing. Never retried by the runtime; a timeout after the request left
     * is an {@code AmbiguousOutcomeException} (GA4 drops a duplicate {@code purchase} by its {@code transaction_id}).
     *
     * @throws InvalidValueException naming {@code measurementId} or {@code apiSecret} when they are not configured, or
     *         {@code timestamp} when the events are older than 72 hours or in the future
     */
    public Ga4Delivery sendEvents(Ga4EventBatch batch) {
        Checks.notNull(batch, "batch");
        Map<String, Object> payload = payload(batch);
        String id = requireMeasurementId();
        Secret secret = requireApiSecret();
        String url = measurementUrl.resolve(COLLECT).toString();
        return runtime().once(COLLECT, batch.idempotencyKey(), Ga4Delivery.class, () -> {
            runtime().createWithoutToken(COLLECT, () -> api.collect(url, id, secret.reveal(), payload));
            return new Ga4Delivery(batch.idempotencyKey(), batch.clientId(), batch.names(), config().clock().instant());
        });
    }

    /**
     * Checks events with the Measurement Protocol validation server ({@code POST /debug/mp/collect}); nothing is
     * recorded. Empty when GA4 found nothing wrong. The validation server does not check {@code api_secret}.
     */
    public List<Ga4ValidationMessage> validateEvents(Ga4EventBatch batch) {
        Checks.notNull(batch, "batch");
        Map<String, Object> payload = payload(batch);
        String id = requireMeasurementId();
        Secret secret = requireApiSecret();
        String url = measurementUrl.resolve(VALIDATE).toString();
        Ga4Api.Validation v = runtime().readWithoutToken(VALIDATE, () -> api.validate(url, id, secret.reveal(), payload));
        List<Ga4ValidationMessage> out = new ArrayList<>();
        for (Ga4Api.Message m : Ga4Mapping.nonNull(v.validationMessages())) {
            out.add(new Ga4ValidationMessage(m.fieldPath(), m.description(), m.validationCode()));
        }
        return out;
    }

    private Map<String, Object> payload(Ga4EventBatch batch) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("client_id", batch.clientId());
        batch.user().ifPresent(u -> p.put("user_id", u));
        batch.time().ifPresent(t -> {
            Instant now = config().clock().instant();
            if (t.isBefore(now.minus(MAX_EVENT_AGE)) || t.isAfter(now.plus(15, ChronoUnit.MINUTES))) {
                throw new InvalidValueException("timestamp", "timestamp: the Measurement Protocol takes events up to "
                        + MAX_EVENT_AGE.toHours() + " hours old and not in the future (was " + t + ", now " + now + ")");
            }
            p.put("timestamp_micros", ChronoUnit.MICROS.between(Instant.EPOCH, t));
        });
        List<Map<String, Object>> events = new ArrayList<>();
        for (Ga4Event e : batch.events()) {
            events.add(Ga4Mapping.ordered("name", e.name(), "params", e.params()));
        }
        p.put("events", events);
        return p;
    }

    private String requireMeasurementId() {
        if (measurementId == null) {
            throw new InvalidValueException("measurementId", "the Measurement Protocol needs the credential identifier "
                    + "measurementId (the web stream's G-... id)");
        }
        return measurementId;
    }

    private Secret requireApiSecret() {
        if (apiSecret == null) {
            throw new InvalidValueException("apiSecret", "the Measurement Protocol needs the credential secret apiSecret "
                    + "(Admin > Data streams > Measurement Protocol API secrets)");
        }
        return apiSecret;
    }

    private Ga4Report remember(Ga4Report report) {
        report.quota().ifPresent(lastQuota::set);
        return report;
    }

    // ------------------------------------------------------------------ shared with the capability classes

    ZoneId zone() {
        return zone;
    }

    Clock clock() {
        return config().clock();
    }

    void checkAccount(AccountRef ref) {
        OwnAccounts.check(ref, account);
    }

    /** Builds a {@link Ga4Connector}; the common options (stores, resilience, margins) are the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private URI measurementUrl;

        private Builder(ConnectorConfig config) {
            super(config, "propertyId");
        }

        /**
         * The Measurement Protocol host (default {@link #DEFAULT_MEASUREMENT_URL}, or the configured base URL when
         * one is set, as a simulator serves both); {@code https://region1.google-analytics.com/} collects in the EU.
         */
        public Builder measurementProtocolUrl(URI url) {
            Checks.notNull(url, "measurementProtocolUrl");
            String s = url.toString();
            this.measurementUrl = URI.create(s.endsWith("/") ? s : s + "/");
            return this;
        }

        @Override
        public Ga4Connector build() {
            return new Ga4Connector(this);
        }
    }
}
