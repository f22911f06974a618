package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.Connectors;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector compatibility kit, for any connector, whatever its platform and capabilities. A
 * connector's test extends it, starts the platform's simulator in {@link #startSimulator()}, builds a
 * connector pointed at it in {@link #connect} and names the inputs in {@link #fixture}; the kit then
 * checks the contract every mediaops connector keeps:
 * <ul>
 *   <li>its id and platform are its provider's and it offers a non-empty subset of the capabilities
 *   its provider's descriptor allows;</li>
 *   <li>every offered capability round-trips against the simulator and maps to core types; creating
 *   calls are idempotent by key;</li>
 *   <li>every capability it does not offer throws {@link UnsupportedCapabilityException};</li>
 *   <li>tokens (when {@link #usesTokens()}): an expired token is refreshed once and the call succeeds;
 *   a token that keeps being refused fails with {@link AuthenticationException} after one refresh;</li>
 *   <li>rate limits: one refusal is retried after its wait, or handed back at once with the platform's
 *   retry-after when that is longer than the connector waits; never retried through; persistent
 *   limiting ends in {@link RateLimitedException}, with or without a platform code (a bare HTTP 429);</li>
 *   <li>transient failures (5xx, "system busy") of reads are retried until success, each costing
 *   exactly one extra request; a creating call is never retried by the runtime;</li>
 *   <li>malformed JSON ends in {@link UnexpectedResponseException} and leaves the connector usable;</li>
 *   <li>the read timeout is honoured: a stalled platform fails typed in about {@code attempts x timeout}.</li>
 * </ul>
 * The checks that need a call use a {@linkplain #probe probe}: a cheap read when the connector offers
 * one, else a notification with a fresh idempotency key. The connector must be built with at least 3
 * attempts, backoff of tens of milliseconds and a {@code maxRetryAfter} of a few seconds at most.
 */
public abstract class ConnectorContractKit {
    /** The read timeout the kit asks for in {@link #connect}. */
    protected static final Duration KIT_READ_TIMEOUT = Duration.ofMillis(400);

    private static final Set<Capability> READS = EnumSet.of(Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS,
            Capability.COMMENTS, Capability.AD_REPORTS);

    private final AtomicInteger probes = new AtomicInteger();
    private SimulatorControl simulator;
    private PlatformConnector connector;

    /** Starts a fresh simulator for one test. */
    protected abstract SimulatorControl startSimulator();

    /**
     * A connector pointed at {@code simulator.baseUrl()}, with the given read timeout, at least 3
     * attempts and backoff of tens of milliseconds ({@link KitResilience#fastRetries()} for a connector on the
     * template).
     */
    protected abstract PlatformConnector connect(SimulatorControl simulator, Duration readTimeout);

    /** Inputs for the capability round trips. */
    protected abstract ContractFixture fixture(SimulatorControl simulator);

    /**
     * The provider the connector belongs to. By default the one {@link Connectors#discover()} finds
     * under the connector's id; override when the provider is not registered with ServiceLoader.
     */
    protected ConnectorProvider provider(PlatformConnector c) {
        return Connectors.discover().provider(c.id());
    }

    /** Whether the connector calls with access tokens; {@code false} skips the token checks. */
    protected boolean usesTokens() {
        return true;
    }

    /**
     * Whether {@link #probe} reads (retried on transient failures) rather than creates (never retried).
     * By default: whether the connector offers a read capability.
     */
    protected boolean probeReads(PlatformConnector c) {
        return c.capabilities().stream().anyMatch(READS::contains);
    }

    /**
     * One cheap call, used by the error-handling checks. By default content metrics, else audience
     * metrics, else the first page of comments, else a notification with a fresh idempotency key.
     */
    protected Object probe(PlatformConnector c, ContractFixture f) {
        if (c.supports(Capability.CONTENT_METRICS)) {
            return c.contentMetrics().contentMetrics(f.account(), need(f.metricsDays().orElse(null), "metricsDays"));
        }
        if (c.supports(Capability.AUDIENCE_METRICS)) {
            return c.audienceMetrics().audienceMetrics(f.account(), need(f.metricsDays().orElse(null), "metricsDays"));
        }
        if (c.supports(Capability.COMMENTS)) {
            return c.comments().comments(f.account(), need(f.commentedPost().orElse(null), "commentedPost"),
                    PageRequest.first(10));
        }
        if (c.supports(Capability.NOTIFICATIONS)) {
            Notification n = need(f.notification().orElse(null), "notification");
            return c.notifications().send(new Notification(n.destination(), n.title(), n.body(),
                    n.idempotencyKey() + "-probe-" + probes.incrementAndGet()));
        }
        throw new IllegalStateException("override probe(): the connector offers no call the kit knows");
    }

    protected final SimulatorControl simulator() {
        return simulator;
    }

    protected final PlatformConnector connector() {
        return connector;
    }

    private static <T> T need(T part, String name) {
        assertThat(part).as("the fixture needs %s for the capabilities this connector offers", name).isNotNull();
        return part;
    }

    @BeforeEach
    final void startKit() {
        simulator = startSimulator();
        connector = connect(simulator, KIT_READ_TIMEOUT);
    }

    @AfterEach
    final void stopKit() {
        if (connector != null) {
            connector.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private Object probe() {
        return probe(connector, fixture(simulator));
    }

    /** How many API requests one fault-free probe sends (a probe may page or split by day). */
    private int apiRequestsOfOneProbe() {
        int before = simulator.apiRequests();
        probe();
        int n = simulator.apiRequests() - before;
        assertThat(n).as("a probe sends at least one API request").isPositive();
        return n;
    }

    @Test
    void identity_is_the_providers_and_capabilities_are_a_subset_of_what_it_allows() {
        ConnectorDescriptor d = provider(connector).descriptor();
        assertThat(connector.id()).isEqualTo(d.id());
        assertThat(connector.platform()).isEqualTo(d.platform());
        assertThat(connector.capabilities()).as("a connector offers at least one capability").isNotEmpty();
        assertThat(d.capabilities()).as("the provider's descriptor allows what the connector offers")
                .containsAll(connector.capabilities());
    }

    @Test
    void every_offered_capability_round_trips_against_the_simulator() {
        ContractFixture f = fixture(simulator);
        for (Capability cap : connector.capabilities()) {
            switch (cap) {
                case PUBLISH -> {
                    PublishRequest request = need(f.publishRequest().orElse(null), "publishRequest");
                    PublishTicket t = connector.publishing().publish(request);
                    assertThat(t.account()).isEqualTo(f.account());
                    assertThat(t.idempotencyKey()).isEqualTo(request.idempotencyKey());
                    simulator.completePendingJobs();
                    PublishTicket done = connector.publishing().refresh(t);
                    assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
                    assertThat(done.live()).isPresent();
                    assertThat(connector.publishing().publish(request).ticketId())
                            .as("same idempotency key, same ticket").isEqualTo(t.ticketId());
                }
                case CONTENT_METRICS -> {
                    List<ContentMetrics> m = connector.contentMetrics().contentMetrics(f.account(),
                            need(f.metricsDays().orElse(null), "metricsDays"));
                    assertThat(m).isNotEmpty();
                    assertThat(m).allSatisfy(x -> {
                        assertThat(x.platform()).isEqualTo(connector.platform());
                        assertThat(f.metricsDays().orElseThrow().contains(x.day())).isTrue();
                        assertThat(x.values()).isNotEmpty();
                    });
                }
                case AUDIENCE_METRICS -> {
                    List<AudienceMetrics> m = connector.audienceMetrics().audienceMetrics(f.account(),
                            need(f.metricsDays().orElse(null), "metricsDays"));
                    assertThat(m).isNotEmpty();
                    assertThat(m).allSatisfy(x -> assertThat(f.metricsDays().orElseThrow().contains(x.day())).isTrue());
                    assertThat(m).extracting(AudienceMetrics::day).isSorted();
                }
                case COMMENTS -> {
                    String post = need(f.commentedPost().orElse(null), "commentedPost");
                    Page<Comment> page = connector.comments().comments(f.account(), post, PageRequest.first(10));
                    assertThat(page.items()).isNotEmpty();
                    Comment first = page.items().get(0);
                    Comment replied = connector.comments().reply(f.account(), first, "谢谢支持", "kit-reply-1");
                    assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
                    Page<Comment> again = connector.comments().comments(f.account(), post, PageRequest.first(10));
                    assertThat(again.items()).filteredOn(c -> c.commentId().equals(first.commentId()))
                            .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(ReplyState.REPLIED));
                }
                case MESSAGES -> {
                    var message = need(f.message().orElse(null), "message");
                    PrivateMessage m = connector.messaging().send(message);
                    assertThat(m.inbound()).isFalse();
                    assertThat(m.text()).isEqualTo(message.text());
                    int before = simulator.apiRequests();
                    assertThat(connector.messaging().send(message)).as("same idempotency key, same message").isEqualTo(m);
                    assertThat(simulator.apiRequests()).as("a repeated key sends nothing").isEqualTo(before);
                }
                case WEBHOOKS -> {
                    WebhookRequest push = need(f.push().orElse(null), "push").get();
                    WebhookResult first = connector.webhooks().handle(push);
                    assertThat(first.response().status()).isEqualTo(200);
                    assertThat(first.events()).isNotEmpty();
                    WebhookResult replay = connector.webhooks().handle(push);
                    assertThat(replay.events()).as("a repeated push is de-duplicated").isEmpty();
                }
                case AD_REPORTS -> assertThat(connector.adReports().adPerformance(f.account(),
                        need(f.metricsDays().orElse(null), "metricsDays"))).isNotEmpty();
                case NOTIFICATIONS -> {
                    Notification n = need(f.notification().orElse(null), "notification");
                    NotificationReceipt r = connector.notifications().send(n);
                    assertThat(r.id()).isNotBlank();
                    int before = simulator.apiRequests();
                    assertThat(connector.notifications().send(n)).as("same idempotency key, same receipt").isEqualTo(r);
                    assertThat(simulator.apiRequests()).as("a repeated key sends nothing").isEqualTo(before);
                }
            }
        }
    }

    @Test
    void capabilities_not_offered_throw_unsupported_capability() {
        EnumSet<Capability> missing = EnumSet.allOf(Capability.class);
        missing.removeAll(connector.capabilities());
        for (Capability cap : missing) {
            Function<PlatformConnector, Object> accessor = switch (cap) {
                case PUBLISH -> PlatformConnector::publishing;
                case CONTENT_METRICS -> PlatformConnector::contentMetrics;
                case AUDIENCE_METRICS -> PlatformConnector::audienceMetrics;
                case COMMENTS -> PlatformConnector::comments;
                case MESSAGES -> PlatformConnector::messaging;
                case WEBHOOKS -> PlatformConnector::webhooks;
                case AD_REPORTS -> PlatformConnector::adReports;
                case NOTIFICATIONS -> PlatformConnector::notifications;
            };
            UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
                    () -> accessor.apply(connector));
            assertThat(e).as(cap + " is not offered, so its accessor must throw").isNotNull();
            assertThat(e.capability()).isEqualTo(cap);
            assertThat(e.retryable()).isFalse();
        }
    }

    @Test
    void expired_token_is_refreshed_once_and_the_call_succeeds() {
        Assumptions.assumeTrue(usesTokens(), "the connector calls without access tokens");
        probe();
        int before = simulator.tokenRequests();
        simulator.expireTokens();
        probe();
        assertThat(simulator.tokenRequests() - before).isEqualTo(1);
    }

    @Test
    void token_refused_after_refresh_fails_typed_without_looping() {
        Assumptions.assumeTrue(usesTokens(), "the connector calls without access tokens");
        probe();
        int before = simulator.tokenRequests();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.TOKEN_EXPIRED, 50);
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, this::probe);
        assertThat(e).isNotNull();
        assertThat(e.tokenExpired()).isTrue();
        assertThat(simulator.apiRequests() - apiBefore).as("one call, one repeat after the refresh").isEqualTo(2);
        assertThat(simulator.tokenRequests() - before).isBetween(1, 2);
    }

    @Test
    void a_connector_without_tokens_never_requests_one() {
        Assumptions.assumeFalse(usesTokens(), "the connector calls with access tokens");
        probe();
        probe();
        assertThat(simulator.tokenRequests()).isZero();
    }

    @Test
    void one_rate_limit_refusal_is_retried_after_its_wait_or_handed_back_with_it() {
        probe();
        int clean = apiRequestsOfOneProbe();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.RATE_LIMITED, 1);
        Throwable thrown = catchThrowable(this::probe);
        int sent = simulator.apiRequests() - apiBefore;
        if (thrown == null) {
            assertThat(probeReads(connector)).as("a creating call must not be retried by the runtime").isTrue();
            assertThat(sent).as("a clean probe's %d requests plus one retry of the refused one", clean).isEqualTo(clean + 1);
        } else {
            assertThat(thrown).isInstanceOf(RateLimitedException.class);
            assertThat(sent).as("the refused request is not retried through the platform's wait").isEqualTo(1);
            if (probeReads(connector)) {
                assertThat(((RateLimitedException) thrown).retryAfter())
                        .as("a read is handed back only with a retry-after longer than the connector waits").isPresent();
            }
        }
    }

    @Test
    void persistent_rate_limit_ends_in_a_typed_retryable_error_with_or_without_a_platform_code() {
        probe();
        simulator.failNext(Fault.RATE_LIMITED, 50);
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, this::probe);
        assertThat(e).isNotNull();
        assertThat(e.retryable()).isTrue();
        assertThat(e.platformCode().isPresent() || e.httpStatus().orElse(0) == 429)
                .as("the platform's code, or HTTP 429 when the platform sends none").isTrue();
    }

    @Test
    void transient_failures_are_retried_on_reads_and_never_on_creates() {
        probe();
        int clean = apiRequestsOfOneProbe();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.SERVER_ERROR, 1);
        simulator.failNext(Fault.PLATFORM_BUSY, 1);
        if (probeReads(connector)) {
            assertThat(probe()).isNotNull();
            assertThat(simulator.apiRequests() - apiBefore)
                    .as("a clean probe's %d requests plus one retry for each of the 2 faults", clean).isEqualTo(clean + 2);
        } else {
            TransientPlatformException e = catchThrowableOfType(TransientPlatformException.class, this::probe);
            assertThat(e).isNotNull();
            assertThat(simulator.apiRequests() - apiBefore).as("a creating call is sent once").isEqualTo(1);
        }
    }

    @Test
    void malformed_json_is_a_typed_error_and_leaves_the_connector_usable() {
        probe();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.MALFORMED_JSON, 1);
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, this::probe);
        assertThat(e).isNotNull();
        assertThat(e.retryable()).isFalse();
        assertThat(simulator.apiRequests() - apiBefore).as("malformed answers are not retried").isEqualTo(1);
        assertThat(probe()).isNotNull();
    }

    @Test
    void read_timeout_is_honoured_and_typed() {
        probe();
        simulator.slowness(Duration.ofSeconds(3));
        simulator.failNext(Fault.SLOW, 20);
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(this::probe);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (probeReads(connector)) {
            assertThat(thrown).isInstanceOf(TransientPlatformException.class);
            assertThat(((ConnectorException) thrown).retryable()).isTrue();
        } else {
            assertThat(thrown).as("a create whose answer never came has an unknown outcome")
                    .isInstanceOf(AmbiguousOutcomeException.class);
            assertThat(((ConnectorException) thrown).retryable()).isFalse();
        }
        assertThat(took).as("gave up by its own timeouts, not after the platform's 3 s stall").isLessThan(Duration.ofMillis(2900));
    }
}
