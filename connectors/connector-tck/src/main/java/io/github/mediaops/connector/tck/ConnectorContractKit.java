package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorException;
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
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector compatibility kit. A connector's test extends it, starts the platform's simulator in
 * {@link #startSimulator()} and builds a connector pointed at it in {@link #connect}; the kit then checks
 * the contract every mediaops connector keeps:
 * <ul>
 *   <li>every claimed capability round-trips against the simulator and maps to core types;</li>
 *   <li>every unclaimed capability's accessor throws {@link UnsupportedCapabilityException};</li>
 *   <li>an expired token is refreshed once and the call succeeds; a token that keeps being refused
 *   fails with {@link AuthenticationException} after one refresh (no refresh loops);</li>
 *   <li>rate limiting and 5xx bursts are retried with backoff and succeed, each injected fault costing
 *   exactly one extra API request (counted by {@link SimulatorControl#apiRequests()}); persistent rate limiting ends
 *   in {@link RateLimitedException};</li>
 *   <li>malformed JSON ends in {@link UnexpectedResponseException} and leaves the connector usable;</li>
 *   <li>the read timeout is honoured: a stalled platform fails with {@link TransientPlatformException}
 *   in about {@code attempts x timeout}, not in the time the platform stalls.</li>
 * </ul>
 * The connector must be built with at least 3 attempts and short backoff (tens of milliseconds).
 */
public abstract class ConnectorContractKit {
    /** The read timeout the kit asks for in {@link #connect}. */
    protected static final Duration KIT_READ_TIMEOUT = Duration.ofMillis(400);

    private SimulatorControl simulator;
    private PlatformConnector connector;

    /** Starts a fresh simulator for one test. */
    protected abstract SimulatorControl startSimulator();

    /**
     * A connector pointed at {@code simulator.baseUrl()}, with the given read timeout, at least 3
     * attempts and backoff of tens of milliseconds.
     */
    protected abstract PlatformConnector connect(SimulatorControl simulator, Duration readTimeout);

    /** Inputs for the capability round trips. */
    protected abstract ContractFixture fixture(SimulatorControl simulator);

    /**
     * A cheap read that needs a token, used by the error-handling checks. By default content metrics,
     * else audience metrics, else the first page of comments.
     */
    protected Object probe(PlatformConnector c, ContractFixture f) {
        if (c.supports(Capability.CONTENT_METRICS)) {
            return c.contentMetrics().contentMetrics(f.account(), f.metricsDays());
        }
        if (c.supports(Capability.AUDIENCE_METRICS)) {
            return c.audienceMetrics().audienceMetrics(f.account(), f.metricsDays());
        }
        if (c.supports(Capability.COMMENTS)) {
            return c.comments().comments(f.account(), f.commentedPost(), PageRequest.first(10));
        }
        throw new IllegalStateException("override probe(): the connector offers no read the kit knows");
    }

    protected final SimulatorControl simulator() {
        return simulator;
    }

    protected final PlatformConnector connector() {
        return connector;
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

    /** How many API requests one fault-free {@link #probe()} sends (a probe may page or split by day). */
    private int apiRequestsOfOneProbe() {
        int before = simulator.apiRequests();
        probe();
        int n = simulator.apiRequests() - before;
        assertThat(n).as("a probe sends at least one API request").isPositive();
        return n;
    }

    private Object probe() {
        return probe(connector, fixture(simulator));
    }

    @Test
    void claimed_capabilities_round_trip() {
        ContractFixture f = fixture(simulator);
        assertThat(connector.capabilities()).as("a connector claims at least one capability").isNotEmpty();
        for (Capability cap : connector.capabilities()) {
            switch (cap) {
                case PUBLISH -> {
                    PublishTicket t = connector.publishing().publish(f.publishRequest());
                    assertThat(t.account()).isEqualTo(f.account());
                    assertThat(t.idempotencyKey()).isEqualTo(f.publishRequest().idempotencyKey());
                    simulator.completePendingJobs();
                    PublishTicket done = connector.publishing().refresh(t);
                    assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
                    assertThat(done.live()).isPresent();
                    assertThat(connector.publishing().publish(f.publishRequest()).ticketId())
                            .as("same idempotency key, same ticket").isEqualTo(t.ticketId());
                }
                case CONTENT_METRICS -> {
                    List<ContentMetrics> m = connector.contentMetrics().contentMetrics(f.account(), f.metricsDays());
                    assertThat(m).isNotEmpty();
                    assertThat(m).allSatisfy(x -> {
                        assertThat(x.platform()).isEqualTo(connector.platform());
                        assertThat(f.metricsDays().contains(x.day())).isTrue();
                        assertThat(x.values()).isNotEmpty();
                    });
                }
                case AUDIENCE_METRICS -> {
                    List<AudienceMetrics> m = connector.audienceMetrics().audienceMetrics(f.account(), f.metricsDays());
                    assertThat(m).isNotEmpty();
                    assertThat(m).allSatisfy(x -> assertThat(f.metricsDays().contains(x.day())).isTrue());
                    assertThat(m).extracting(AudienceMetrics::day).isSorted();
                }
                case COMMENTS -> {
                    Page<Comment> page = connector.comments().comments(f.account(), f.commentedPost(), PageRequest.first(10));
                    assertThat(page.items()).isNotEmpty();
                    Comment first = page.items().get(0);
                    Comment replied = connector.comments().reply(f.account(), first, "谢谢支持", "kit-reply-1");
                    assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
                    Page<Comment> again = connector.comments().comments(f.account(), f.commentedPost(), PageRequest.first(10));
                    assertThat(again.items()).filteredOn(c -> c.commentId().equals(first.commentId()))
                            .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(ReplyState.REPLIED));
                }
                case MESSAGES -> {
                    PrivateMessage m = connector.messaging().send(f.message());
                    assertThat(m.inbound()).isFalse();
                    assertThat(m.text()).isEqualTo(f.message().text());
                }
                case WEBHOOKS -> {
                    WebhookRequest push = f.push().get();
                    WebhookResult first = connector.webhooks().handle(push);
                    assertThat(first.response().status()).isEqualTo(200);
                    assertThat(first.events()).isNotEmpty();
                    WebhookResult replay = connector.webhooks().handle(push);
                    assertThat(replay.events()).as("a repeated push is de-duplicated").isEmpty();
                }
                default -> throw new AssertionError("the kit has no round trip for " + cap + " yet");
            }
        }
    }

    @Test
    void unclaimed_capabilities_throw_unsupported() {
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
            assertThat(e).as(cap + " is not claimed, so its accessor must throw").isNotNull();
            assertThat(e.capability()).isEqualTo(cap);
            assertThat(e.retryable()).isFalse();
        }
    }

    @Test
    void expired_token_is_refreshed_once_and_the_call_succeeds() {
        probe();
        int before = simulator.tokenRequests();
        simulator.expireTokens();
        probe();
        assertThat(simulator.tokenRequests() - before).isEqualTo(1);
    }

    @Test
    void token_refused_after_refresh_fails_typed_without_looping() {
        probe();
        int before = simulator.tokenRequests();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.TOKEN_EXPIRED, 50);
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, this::probe);
        assertThat(e).isNotNull();
        assertThat(e.tokenExpired()).isTrue();
        assertThat(simulator.apiRequests() - apiBefore).as("one call, one retry after the refresh").isEqualTo(2);
        assertThat(simulator.tokenRequests() - before).isBetween(1, 2);
    }

    @Test
    void rate_limited_call_backs_off_and_succeeds() {
        probe();
        int clean = apiRequestsOfOneProbe();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.RATE_LIMITED, 1);
        assertThat(probe()).isNotNull();
        assertThat(simulator.apiRequests() - apiBefore).as("a clean probe's %d requests plus one retry of the refused one", clean)
                .isEqualTo(clean + 1);
    }

    @Test
    void persistent_rate_limit_ends_in_typed_error() {
        probe();
        simulator.failNext(Fault.RATE_LIMITED, 50);
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, this::probe);
        assertThat(e).isNotNull();
        assertThat(e.retryable()).isTrue();
        assertThat(e.platformCode()).isPresent();
    }

    @Test
    void server_error_bursts_are_retried_until_success() {
        probe();
        int clean = apiRequestsOfOneProbe();
        int apiBefore = simulator.apiRequests();
        simulator.failNext(Fault.SERVER_ERROR, 1);
        simulator.failNext(Fault.PLATFORM_BUSY, 1);
        assertThat(probe()).isNotNull();
        assertThat(simulator.apiRequests() - apiBefore)
                .as("a clean probe's %d requests plus one retry for each of the 2 faults", clean).isEqualTo(clean + 2);
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
    void read_timeout_is_honoured() {
        probe();
        simulator.slowness(Duration.ofSeconds(3));
        simulator.failNext(Fault.SLOW, 20);
        long start = System.nanoTime();
        assertThatThrownBy(this::probe).isInstanceOf(TransientPlatformException.class)
                .extracting(t -> ((ConnectorException) t).retryable()).isEqualTo(true);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("gave up by its own timeouts, not after the platform's 3 s stall").isLessThan(Duration.ofMillis(2900));
    }
}
