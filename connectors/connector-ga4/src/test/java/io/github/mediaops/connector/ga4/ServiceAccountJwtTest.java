package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service-account JWT is built and signed by the JDK: the signature verifies with the public key (and fails
 * with another key or a changed claim), the header and claims are those Google documents, and the private key never
 * prints. The key pair is generated here, independent of the connector and the simulator.
 */
class ServiceAccountJwtTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-14T08:00:00Z");
    private static KeyPair keys;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        other = g.generateKeyPair();
    }

    static String keyFile(KeyPair k, String tokenUri) {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(k.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        return JSON.createObjectNode().put("type", "service_account").put("project_id", "p")
                .put("private_key_id", "abc123").put("private_key", pem)
                .put("client_email", "reader@p.iam.gserviceaccount.com").put("token_uri", tokenUri).toString();
    }

    private static boolean verifies(String jwt, java.security.PublicKey key) throws Exception {
        String[] parts = jwt.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void the_assertion_is_signed_rs256_and_verifies_with_the_public_key_only() throws Exception {
        ServiceAccountKey key = ServiceAccountKey.parse(Secret.of(keyFile(keys, "https://oauth2.googleapis.com/token")));
        String jwt = ServiceAccountJwt.assertion(key, Ga4Connector.SCOPE, NOW);
        assertThat(jwt.split("\\.")).hasSize(3);
        assertThat(jwt).doesNotContain("=").doesNotContain("+").doesNotContain("/");
        assertThat(verifies(jwt, keys.getPublic())).isTrue();
        assertThat(verifies(jwt, other.getPublic())).as("another key's public half").isFalse();
        String[] parts = jwt.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("reader@", "admin@")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(verifies(parts[0] + "." + forged + "." + parts[2], keys.getPublic())).as("a changed claim").isFalse();
    }

    @Test
    void header_and_claims_are_the_documented_ones() throws Exception {
        ServiceAccountKey key = ServiceAccountKey.parse(Secret.of(keyFile(keys, "https://oauth2.googleapis.com/token")));
        String[] parts = ServiceAccountJwt.assertion(key, Ga4Connector.SCOPE, NOW).split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("typ").asText()).isEqualTo("JWT");
        assertThat(header.path("kid").asText()).isEqualTo("abc123");
        assertThat(claims.path("iss").asText()).isEqualTo("reader@p.iam.gserviceaccount.com");
        assertThat(claims.path("scope").asText()).isEqualTo("https://www.googleapis.com/auth/analytics.readonly");
        assertThat(claims.path("aud").asText()).isEqualTo("https://oauth2.googleapis.com/token");
        assertThat(claims.path("iat").asLong()).isEqualTo(1_773_475_200L); // 2026-03-14T08:00:00Z
        assertThat(claims.path("exp").asLong()).isEqualTo(1_773_475_200L + 3600);
        assertThat(ServiceAccountJwt.GRANT_TYPE).isEqualTo("urn:ietf:params:oauth:grant-type:jwt-bearer");
    }

    @Test
    void the_private_key_never_prints_and_bad_keys_are_refused_naming_the_field() {
        ServiceAccountKey key = ServiceAccountKey.parse(Secret.of(keyFile(keys, "https://oauth2.googleapis.com/token")));
        String pemBody = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()).substring(0, 40);
        assertThat(key.toString()).contains("reader@p.iam.gserviceaccount.com").doesNotContain(pemBody);
        String broken = keyFile(keys, "https://oauth2.googleapis.com/token").replace("MII", "XXX");
        assertThatThrownBy(() -> ServiceAccountKey.parse(Secret.of(broken)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("serviceAccountJson.private_key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("XXX"));
        assertThatThrownBy(() -> ServiceAccountKey.parse(Secret.of("{\"type\":\"authorized_user\"}")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("service_account");
        assertThatThrownBy(() -> ServiceAccountKey.parse(Secret.of(keyFile(keys, "token"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("token_uri");
        assertThatThrownBy(() -> ServiceAccountKey.parse(Secret.of("not json")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("serviceAccountJson");
    }
}
