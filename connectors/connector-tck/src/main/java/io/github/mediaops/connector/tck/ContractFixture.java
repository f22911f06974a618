package io.github.mediaops.connector.tck;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.PublishRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inputs the {@link ConnectorContractKit} uses to exercise a connector's capabilities against its
 * simulator, given by name; set the parts of the capabilities the connector offers:
 *
 * <pre>{@code
 * ContractFixture.builder(account)
 *         .metricsDays(DateRange.of(from, to))        // CONTENT_METRICS, AUDIENCE_METRICS, AD_REPORTS
 *         .notification(new Notification("ops", "Daily report", "…", "kit-1"))   // NOTIFICATIONS
 *         .build();
 * }</pre>
 */
public final class ContractFixture {
    private final AccountRef account;
    private final PublishRequest publishRequest;
    private final DateRange metricsDays;
    private final String commentedPost;
    private final OutgoingMessage message;
    private final Supplier<WebhookRequest> push;
    private final Notification notification;

    private ContractFixture(Builder b) {
        this.account = b.account;
        this.publishRequest = b.publishRequest;
        this.metricsDays = b.metricsDays;
        this.commentedPost = b.commentedPost;
        this.message = b.message;
        this.push = b.push;
        this.notification = b.notification;
    }

    /** A fixture for the account the connector acts for. */
    public static Builder builder(AccountRef account) {
        return new Builder(account);
    }

    public AccountRef account() {
        return account;
    }

    /** A request the simulator accepts (PUBLISH). */
    public Optional<PublishRequest> publishRequest() {
        return Optional.ofNullable(publishRequest);
    }

    /** Days for which the simulator has data (CONTENT_METRICS, AUDIENCE_METRICS, AD_REPORTS). */
    public Optional<DateRange> metricsDays() {
        return Optional.ofNullable(metricsDays);
    }

    /** A post id with comments on the simulator (COMMENTS). */
    public Optional<String> commentedPost() {
        return Optional.ofNullable(commentedPost);
    }

    /** A message the simulator accepts (MESSAGES). */
    public Optional<OutgoingMessage> message() {
        return Optional.ofNullable(message);
    }

    /** Builds a new, validly signed push each time it is called (WEBHOOKS). */
    public Optional<Supplier<WebhookRequest>> push() {
        return Optional.ofNullable(push);
    }

    /** A notification the simulator accepts (NOTIFICATIONS). */
    public Optional<Notification> notification() {
        return Optional.ofNullable(notification);
    }

    /** Builds a {@link ContractFixture}. */
    public static final class Builder {
        private final AccountRef account;
        private PublishRequest publishRequest;
        private DateRange metricsDays;
        private String commentedPost;
        private OutgoingMessage message;
        private Supplier<WebhookRequest> push;
        private Notification notification;

        private Builder(AccountRef account) {
            this.account = Checks.notNull(account, "account");
        }

        public Builder publishRequest(PublishRequest request) {
            this.publishRequest = Checks.notNull(request, "publishRequest");
            return this;
        }

        public Builder metricsDays(DateRange days) {
            this.metricsDays = Checks.notNull(days, "metricsDays");
            return this;
        }

        public Builder commentedPost(String postId) {
            this.commentedPost = Checks.notBlank(postId, "commentedPost");
            return this;
        }

        public Builder message(OutgoingMessage message) {
            this.message = Checks.notNull(message, "message");
            return this;
        }

        public Builder push(Supplier<WebhookRequest> push) {
            this.push = Checks.notNull(push, "push");
            return this;
        }

        public Builder notification(Notification notification) {
            this.notification = Checks.notNull(notification, "notification");
            return this;
        }

        public ContractFixture build() {
            return new ContractFixture(this);
        }
    }
}
