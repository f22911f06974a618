package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * One platform call as the runtime sees it.
 *
 * @param name     the endpoint, e.g. {@code datacube/getarticlesummary}; appears in errors and logs
 * @param kind     whether it may be retried
 * @param rateKeys the client-side rate limiters it counts against (per app, per account), e.g.
 *                 {@code wechat-oa:app:wx123}; every one must grant a permit
 */
public record Operation(String name, CallKind kind, List<String> rateKeys) {
    public Operation {
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        rateKeys = Checks.notBlankEach(rateKeys, "rateKeys");
    }

    public static Operation read(String name, String... rateKeys) {
        return new Operation(name, CallKind.READ, List.of(rateKeys));
    }

    public static Operation create(String name, String... rateKeys) {
        return new Operation(name, CallKind.CREATE, List.of(rateKeys));
    }

    public static Operation idempotentWrite(String name, String... rateKeys) {
        return new Operation(name, CallKind.IDEMPOTENT_WRITE, List.of(rateKeys));
    }
}
