package io.github.mediaops.connector.ga4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A Google service-account key as its JSON file holds it ({@code type: service_account}, {@code client_email},
 * {@code private_key_id}, {@code private_key} as a PKCS#8 PEM, {@code token_uri}). The private key never prints:
 * {@link #toString()} shows the client email and key id only, and a malformed key is refused without quoting it.
 */
final class ServiceAccountKey {
    static final String FIELD = "serviceAccountJson";

    private final String clientEmail;
    private final String privateKeyId;
    private final RSAPrivateKey privateKey;
    private final URI tokenUri;

    private ServiceAccountKey(String clientEmail, String privateKeyId, RSAPrivateKey privateKey, URI tokenUri) {
        this.clientEmail = clientEmail;
        this.privateKeyId = privateKeyId;
        this.privateKey = privateKey;
        this.tokenUri = tokenUri;
    }

    /**
     * Reads a service-account JSON file.
     *
     * @throws InvalidValueException naming {@value #FIELD} (and the part) when it is not a usable service-account key
     */
    static ServiceAccountKey parse(Secret json) {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(json.reveal());
        } catch (IOException e) {
            throw new InvalidValueException(FIELD, FIELD + " is not JSON (a service-account key file is)");
        }
        if (n == null || !n.isObject()) {
            throw new InvalidValueException(FIELD, FIELD + " is not a JSON object");
        }
        String type = n.path("type").asText("");
        if (!type.equals("service_account")) {
            throw new InvalidValueException(FIELD, FIELD + ".type must be \"service_account\" (was \"" + type + "\")");
        }
        String email = text(n, "client_email");
        String keyId = text(n, "private_key_id");
        String tokenUri = text(n, "token_uri");
        URI uri;
        try {
            uri = URI.create(tokenUri);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(FIELD, FIELD + ".token_uri is not a URL (was \"" + tokenUri + "\")");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new InvalidValueException(FIELD, FIELD + ".token_uri must be an absolute URL (was \"" + tokenUri + "\")");
        }
        return new ServiceAccountKey(email, keyId, rsaKey(text(n, "private_key")), uri);
    }

    private static String text(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new InvalidValueException(FIELD, FIELD + " has no " + field);
        }
        return v;
    }

    private static RSAPrivateKey rsaKey(String pem) {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new InvalidValueException(FIELD, FIELD + ".private_key is not a PKCS#8 RSA private key in PEM");
        }
    }

    String clientEmail() {
        return clientEmail;
    }

    String privateKeyId() {
        return privateKeyId;
    }

    RSAPrivateKey privateKey() {
        return privateKey;
    }

    URI tokenUri() {
        return tokenUri;
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + ", key " + privateKeyId + ", private_key=****]";
    }
}
