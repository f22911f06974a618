package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.validate.Checks;
import java.util.Currency;
import java.util.function.UnaryOperator;

/**
 * The builder base of ad-platform connectors whose authorisations may cover several advertisers (an agency grant)
 * and whose advertiser accounts report in one currency (Ocean Engine, 聚光): beside the template's options,
 * {@link #tokenAccounts} and {@link #currency}.
 *
 * @param <B> the connector's builder type
 */
public abstract class AdvertiserBuilder<B extends AdvertiserBuilder<B>> extends HttpConnector.Builder<B> {
    private UnaryOperator<String> tokenAccounts = UnaryOperator.identity();
    private Currency currency = Currency.getInstance("CNY");

    /**
     * @param config        the connector configuration
     * @param appIdentifier the credential identifier that names the app
     */
    protected AdvertiserBuilder(ConnectorConfig config, String appIdentifier) {
        super(config, appIdentifier);
    }

    /**
     * Which stored grant an advertiser id is read with: maps it to the account {@code authorize} returned for the
     * authorisation that covers it. Default: the id itself.
     *
     * @param accountOf the mapping
     * @return this builder
     */
    public B tokenAccounts(UnaryOperator<String> accountOf) {
        this.tokenAccounts = Checks.notNull(accountOf, "tokenAccounts");
        return self();
    }

    /**
     * The advertiser accounts' currency; default CNY.
     *
     * @param currency the currency
     * @return this builder
     */
    public B currency(Currency currency) {
        this.currency = Checks.notNull(currency, "currency");
        return self();
    }

    /** @return the mapping from advertiser id to the account whose grant reads it */
    public final UnaryOperator<String> tokenAccounts() {
        return tokenAccounts;
    }

    /** @return the advertiser accounts' currency */
    public final Currency currency() {
        return currency;
    }
}
