package io.github.mediaops.core.connector;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credentials of one platform app: public identifiers (WeChat {@code appId}, Douyin
 * {@code clientKey}) and secrets (app secret, message token, EncodingAESKey). Each connector's README
 * names the ones it needs.
 *
 * <p>{@link #toString()} prints the identifiers and masks every secret:
 * {@code Credentials{appId=wx1234, appSecret=****}}.
 */
public final class Credentials {
    private static final Credentials NONE = new Credentials(Map.of(), Map.of());

    private final Map<String, String> identifiers;
    private final Map<String, Secret> secrets;

    private Credentials(Map<String, String> identifiers, Map<String, Secret> secrets) {
        this.identifiers = identifiers;
        this.secrets = secrets;
    }

    /** No credentials (for simulators, or tools that need none). */
    public static Credentials none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A public identifier, when present. */
    public Optional<String> identifier(String name) {
        return Optional.ofNullable(identifiers.get(name));
    }

    /** A secret, when present. */
    public Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    /**
     * A required identifier.
     *
     * @throws InvalidValueException naming the credential when it is missing
     */
    public String requireIdentifier(String name) {
        String v = identifiers.get(name);
        if (v == null) {
            throw new InvalidValueException("credentials." + name, "missing credential identifier \"" + name
                    + "\"; present: " + names());
        }
        return v;
    }

    /**
     * A required secret.
     *
     * @throws InvalidValueException naming the credential (never its value) when it is missing
     */
    public Secret requireSecret(String name) {
        Secret v = secrets.get(name);
        if (v == null) {
            throw new InvalidValueException("credentials." + name, "missing credential secret \"" + name
                    + "\"; present: " + names());
        }
        return v;
    }

    private String names() {
        return identifiers.keySet().stream().collect(Collectors.toList()) + " and secrets " + secrets.keySet();
    }

    public Map<String, String> identifiers() {
        return identifiers;
    }

    /** The names of the secrets held (never their values). */
    public java.util.Set<String> secretNames() {
        return secrets.keySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && c.identifiers.equals(identifiers) && c.secrets.equals(secrets);
    }

    @Override
    public int hashCode() {
        return identifiers.hashCode() * 31 + secrets.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Credentials{");
        String sep = "";
        for (Map.Entry<String, String> e : identifiers.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        for (String name : secrets.keySet()) {
            sb.append(sep).append(name).append("=****");
            sep = ", ";
        }
        return sb.append('}').toString();
    }

    /** Builds {@link Credentials}. */
    public static final class Builder {
        private final Map<String, String> identifiers = new LinkedHashMap<>();
        private final Map<String, Secret> secrets = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder identifier(String name, String value) {
            Checks.notBlank(name, "name");
            identifiers.put(name, Checks.notBlank(value, "credentials." + name));
            secrets.remove(name);
            return this;
        }

        public Builder secret(String name, String value) {
            Checks.notBlank(name, "name");
            if (value == null || value.isEmpty()) {
                throw new InvalidValueException("credentials." + name, "secret \"" + name + "\" must not be empty");
            }
            secrets.put(name, Secret.of(value));
            identifiers.remove(name);
            return this;
        }

        public Builder secret(String name, Secret value) {
            Checks.notBlank(name, "name");
            secrets.put(name, Checks.notNull(value, "credentials." + name));
            identifiers.remove(name);
            return this;
        }

        public Credentials build() {
            return new Credentials(Collections.unmodifiableMap(new LinkedHashMap<>(identifiers)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(secrets)));
        }
    }
}
