package io.github.mediaops.connector.ga4;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JWT a service account exchanges for an access token (RFC 7523, Google's "Using OAuth 2.0 for server to server
 * applications"): header {@code {"alg":"RS256","typ":"JWT","kid":<private_key_id>}}, claims {@code iss} (the client
 * email), {@code scope}, {@code aud} (the token URI), {@code iat} and {@code exp} (at most one hour later), each part
 * base64url without padding, signed with SHA256withRSA over {@code header.claims} by the JDK.
 */
final class ServiceAccountJwt {
    /** Google accepts assertions valid for at most one hour. */
    static final long LIFETIME_SECONDS = 3600;
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ServiceAccountJwt() {
    }

    /** A signed assertion for {@code scope}, issued at {@code now}. */
    static String assertion(ServiceAccountKey key, String scope, Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", key.privateKeyId());
        Map<String, Object> claims = new LinkedHashMap<>();
        long iat = now.getEpochSecond();
        claims.put("iss", key.clientEmail());
        claims.put("scope", scope);
        claims.put("aud", key.tokenUri().toString());
        claims.put("iat", iat);
        claims.put("exp", iat + LIFETIME_SECONDS);
        String signingInput = part(header) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is required by every Java platform", e);
        }
    }

    private static String part(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }
}
