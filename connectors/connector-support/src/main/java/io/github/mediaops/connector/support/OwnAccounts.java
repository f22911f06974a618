package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.util.Arrays;

/**
 * The check every connector acting for one account runs on the {@link AccountRef} a caller passes: it must be the
 * connector's own, so that a host holding several connectors never reads or writes one account through another's.
 */
public final class OwnAccounts {
    private OwnAccounts() {
    }

    /**
     * Refuses {@code ref} unless it is on {@code own}'s platform with {@code own}'s account id or one of
     * {@code aliases} (another id the platform gives the same account, e.g. a WeChat appId for its {@code gh_} id).
     *
     * @return {@code ref}
     * @throws InvalidValueException naming field {@code account} and both accounts
     */
    public static AccountRef check(AccountRef ref, AccountRef own, String... aliases) {
        Checks.notNull(ref, "account");
        Checks.notNull(own, "own");
        if (!ref.platform().equals(own.platform())
                || !ref.accountId().equals(own.accountId()) && !Arrays.asList(aliases).contains(ref.accountId())) {
            throw new InvalidValueException("account", "account " + ref + " is not this connector's (it acts for " + own
                    + (aliases.length == 0 ? "" : ", also known as " + String.join(", ", aliases)) + ")");
        }
        return ref;
    }
}
