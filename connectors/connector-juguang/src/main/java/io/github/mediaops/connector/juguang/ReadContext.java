package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Function;

/** What every 聚光 / 蒲公英 read shares: the API, the runtime, the tokens an account is read with, the currency. */
record ReadContext(JuguangApi api, ConnectorRuntime runtime, Function<String, TokenManager> tokens, Currency currency) {

    /** Today in Asia/Shanghai: later days are never asked for. */
    LocalDate today() {
        return LocalDate.now(runtime.clock().withZone(JuguangConnector.ZONE));
    }
}
