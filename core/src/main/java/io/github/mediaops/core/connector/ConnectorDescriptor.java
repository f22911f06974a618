package io.github.mediaops.core.connector;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who a kind of connector is, declared once by its {@link ConnectorProvider}: the id it registers under,
 * the platform it talks to and the capabilities its connectors <em>may</em> offer. A connector built
 * from particular credentials may offer fewer (WeChat offers {@link Capability#WEBHOOKS} only when the
 * push token is configured), never more; the connector kit checks that
 * {@code connector.capabilities() ⊆ descriptor.capabilities()}.
 *
 * @param id           the connector id, unique on the class path (e.g. {@code wechat-oa}): lower-case
 *                     letters, digits and {@code -}
 * @param platform     the platform
 * @param capabilities what connectors of this kind may offer; at least one
 */
public record ConnectorDescriptor(String id, Platform platform, Set<Capability> capabilities) {
    public ConnectorDescriptor {
        Checks.notBlank(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidValueException("id", "a connector id is lower-case letters, digits and '-' (was "
                    + Checks.show(id) + ")");
        }
        Checks.notNull(platform, "platform");
        Checks.notNull(capabilities, "capabilities");
        if (capabilities.isEmpty()) {
            throw new InvalidValueException("capabilities", "a connector offers at least one capability");
        }
        capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /** A descriptor with these capabilities. */
    public static ConnectorDescriptor of(String id, Platform platform, Capability first, Capability... more) {
        return new ConnectorDescriptor(id, platform, EnumSet.of(Checks.notNull(first, "first"), more));
    }

    /** Whether a connector of this kind may offer {@code capability}. */
    public boolean allows(Capability capability) {
        return capabilities.contains(capability);
    }
}
