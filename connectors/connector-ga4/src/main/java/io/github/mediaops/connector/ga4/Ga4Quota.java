package io.github.mediaops.connector.ga4;

import java.util.Optional;

/**
 * The property's quota state including the request that returned it ({@code returnPropertyQuota: true}). GA4 sends
 * the quotas that apply to the property; one it did not send is absent. Standard properties get 200,000 tokens a
 * day, 40,000 an hour and 10 concurrent requests (https://developers.google.com/analytics/devguides/reporting/data/v1/quotas).
 *
 * @param tokensPerDay                           core tokens per property per day
 * @param tokensPerHour                          core tokens per property per hour
 * @param concurrentRequests                     concurrent requests per property
 * @param serverErrorsPerProjectPerHour          server errors per project and property per hour
 * @param potentiallyThresholdedRequestsPerHour  requests with thresholded dimensions per hour
 * @param tokensPerProjectPerHour                tokens per project and property per hour
 */
public record Ga4Quota(Optional<Ga4QuotaStatus> tokensPerDay, Optional<Ga4QuotaStatus> tokensPerHour,
                       Optional<Ga4QuotaStatus> concurrentRequests, Optional<Ga4QuotaStatus> serverErrorsPerProjectPerHour,
                       Optional<Ga4QuotaStatus> potentiallyThresholdedRequestsPerHour,
                       Optional<Ga4QuotaStatus> tokensPerProjectPerHour) {
    public Ga4Quota {
        tokensPerDay = orEmpty(tokensPerDay);
        tokensPerHour = orEmpty(tokensPerHour);
        concurrentRequests = orEmpty(concurrentRequests);
        serverErrorsPerProjectPerHour = orEmpty(serverErrorsPerProjectPerHour);
        potentiallyThresholdedRequestsPerHour = orEmpty(potentiallyThresholdedRequestsPerHour);
        tokensPerProjectPerHour = orEmpty(tokensPerProjectPerHour);
    }

    private static Optional<Ga4QuotaStatus> orEmpty(Optional<Ga4QuotaStatus> q) {
        return q == null ? Optional.empty() : q;
    }
}
