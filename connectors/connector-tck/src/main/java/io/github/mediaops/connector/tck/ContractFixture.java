package io.github.mediaops.connector.tck;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.PublishRequest;
import java.util.function.Supplier;

/**
 * The inputs the {@link ConnectorContractKit} uses to exercise a connector's capabilities against its
 * simulator. Parts for capabilities the connector does not claim may be {@code null}.
 *
 * @param account        the account the connector acts for
 * @param publishRequest a request the simulator accepts (PUBLISH)
 * @param metricsDays    days for which the simulator has data (CONTENT_METRICS, AUDIENCE_METRICS)
 * @param commentedPost  a post id with comments on the simulator (COMMENTS)
 * @param message        a message the simulator accepts (MESSAGES)
 * @param push           builds a new, validly signed push each time it is called (WEBHOOKS)
 */
public record ContractFixture(AccountRef account, PublishRequest publishRequest, DateRange metricsDays,
                              String commentedPost, OutgoingMessage message, Supplier<WebhookRequest> push) {
    public ContractFixture {
        Checks.notNull(account, "account");
    }
}
