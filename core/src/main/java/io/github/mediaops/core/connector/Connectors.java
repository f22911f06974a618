package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registry of {@link ConnectorProvider}s by id.
 *
 * <p>Explicit wiring comes first: {@code Connectors.of(new WeChatConnectorProvider())}, or skip the
 * registry and build a connector directly. {@link #discover()} is an opt-in convenience that finds
 * providers through {@link ServiceLoader} and fails clearly when there are none or when two share an
 * id. Instances are immutable; {@link #with} returns a new registry.
 */
public final class Connectors {
    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);
    private static final String SERVICE_FILE = "META-INF/services/" + ConnectorProvider.class.getName();

    private final Map<String, ConnectorProvider> byId;

    private Connectors(Map<String, ConnectorProvider> byId) {
        this.byId = byId;
    }

    /**
     * A registry of the given providers.
     *
     * @throws ConnectorRegistryException if two share an id
     */
    public static Connectors of(ConnectorProvider... providers) {
        return of(List.of(providers));
    }

    public static Connectors of(Collection<? extends ConnectorProvider> providers) {
        Map<String, ConnectorProvider> map = new LinkedHashMap<>();
        for (ConnectorProvider p : Checks.listOf(providers, "providers")) {
            add(map, p);
        }
        return new Connectors(Collections.unmodifiableMap(map));
    }

    /**
     * The providers that {@link ServiceLoader} finds through the thread's context class loader (or this
     * class's loader when there is none).
     *
     * @throws ConnectorRegistryException if none is found, two share an id, or one fails to load
     */
    public static Connectors discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : Connectors.class.getClassLoader());
    }

    /** As {@link #discover()}, with an explicit class loader. */
    public static Connectors discover(ClassLoader loader) {
        Checks.notNull(loader, "loader");
        List<ConnectorProvider> found = new ArrayList<>();
        Iterator<ConnectorProvider> it = ServiceLoader.load(ConnectorProvider.class, loader).iterator();
        try {
            while (it.hasNext()) {
                found.add(it.next());
            }
        } catch (ServiceConfigurationError e) {
            throw new ConnectorRegistryException("a ConnectorProvider listed in " + SERVICE_FILE
                    + " could not be loaded: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ConnectorRegistryException("no ConnectorProvider found on the class path (looked for "
                    + SERVICE_FILE + "); add a connector module such as mediaops-connector-wechat, or register "
                    + "providers explicitly with Connectors.of(...)");
        }
        Connectors c = of(found);
        LOG.debug("discovered connectors {}", c.ids());
        return c;
    }

    private static void add(Map<String, ConnectorProvider> map, ConnectorProvider p) {
        String id = Checks.notNull(p.descriptor(), "provider descriptor").id();
        ConnectorProvider existing = map.putIfAbsent(id, p);
        if (existing != null) {
            throw new ConnectorRegistryException("duplicate connector id \"" + id + "\": provided by both "
                    + existing.getClass().getName() + " and " + p.getClass().getName()
                    + "; remove one from the class path or register providers explicitly");
        }
    }

    /**
     * A registry with one more provider.
     *
     * @throws ConnectorRegistryException if its id is taken
     */
    public Connectors with(ConnectorProvider provider) {
        Map<String, ConnectorProvider> map = new LinkedHashMap<>(byId);
        add(map, Checks.notNull(provider, "provider"));
        return new Connectors(Collections.unmodifiableMap(map));
    }

    /** The registered ids, in registration order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    public Collection<ConnectorProvider> providers() {
        return byId.values();
    }

    public Optional<ConnectorProvider> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The provider with this id.
     *
     * @throws ConnectorRegistryException naming the known ids when there is none
     */
    public ConnectorProvider provider(String id) {
        ConnectorProvider p = byId.get(id);
        if (p == null) {
            throw new ConnectorRegistryException("unknown connector id " + Checks.show(id) + "; known ids: " + ids());
        }
        return p;
    }

    /** Creates a connector with the provider of this id. */
    public PlatformConnector create(String id, ConnectorConfig config) {
        return provider(id).create(Checks.notNull(config, "config"));
    }

    @Override
    public String toString() {
        return "Connectors" + ids();
    }
}
