package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.validate.Checks;
import java.util.Currency;
import java.util.function.UnaryOperator;

/**
 * What every Ocean Engine read shares: the API, the runtime, the stored grants, which grant an advertiser (or DOU+
 * account) is read with, and the accounts' currency.
 */
record ReadContext(OceanEngineApi api, ConnectorRuntime runtime, UserTokens users, UnaryOperator<String> tokenAccounts,
                   Currency currency) {

    /** The tokens of the grant {@code id} is read with ({@code tokenAccounts}); a blank mapping is refused naming it. */
    TokenManager tokens(String id) {
        return users.account(Checks.notBlank(tokenAccounts.apply(id), "tokenAccounts(" + id + ")"));
    }
}
