package io.github.mediaops.spring.boot;

import io.github.mediaops.core.connector.ConnectorRegistryException;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The connectors the application configured under {@code mediaops.connectors.<name>}, by name, in the
 * order of the configuration. The starter creates it at start-up and closes every connector when the
 * application context closes.
 *
 * <pre>{@code
 * @Service
 * class Reports {
 *     private final PlatformConnector wechat;
 *     Reports(MediaOpsConnectors connectors) { this.wechat = connectors.get("wechat"); }
 * }
 * }</pre>
 */
public final class MediaOpsConnectors implements AutoCloseable {
    private final Map<String, PlatformConnector> byName;
    private final Map<String, ConnectorActivity> activity;

    MediaOpsConnectors(Map<String, PlatformConnector> byName, Map<String, ConnectorActivity> activity) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.activity = Map.copyOf(activity);
    }

    /** The configured names. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Every connector by name. */
    public Map<String, PlatformConnector> asMap() {
        return byName;
    }

    /** The connector of this name, when configured. */
    public Optional<PlatformConnector> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The connector of this name.
     *
     * @throws ConnectorRegistryException naming the configured names when there is none
     */
    public PlatformConnector get(String name) {
        PlatformConnector c = byName.get(name);
        if (c == null) {
            throw new ConnectorRegistryException("no connector named " + Checks.show(name)
                    + " is configured under mediaops.connectors; configured: " + names());
        }
        return c;
    }

    /**
     * The connector of this name as its own type, for platform-specific methods (e.g.
     * {@code DouyinConnector.authorize}).
     *
     * @throws ConnectorRegistryException when there is none or it is of another type
     */
    public <T extends PlatformConnector> T get(String name, Class<T> type) {
        Checks.notNull(type, "type");
        PlatformConnector c = get(name);
        if (!type.isInstance(c)) {
            throw new ConnectorRegistryException("connector " + Checks.show(name) + " is a "
                    + c.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(c);
    }

    ConnectorActivity activity(String name) {
        return activity.get(name);
    }

    /** Closes every connector. */
    @Override
    public void close() {
        byName.values().forEach(PlatformConnector::close);
    }

    @Override
    public String toString() {
        return "MediaOpsConnectors" + byName.values();
    }
}
