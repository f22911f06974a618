package io.github.mediaops.analytics.membership.jdbc;

import io.github.mediaops.analytics.membership.ledger.InMemoryLedgerStore;
import io.github.mediaops.analytics.membership.ledger.LedgerStore;

/** {@link LedgerStoreContract} on the engine module's {@link InMemoryLedgerStore}. */
class InMemoryLedgerStoreTest extends LedgerStoreContract {
    @Override
    LedgerStore store(String name) {
        return new InMemoryLedgerStore();
    }
}
