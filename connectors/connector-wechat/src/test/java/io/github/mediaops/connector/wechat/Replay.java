package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a recorded response under {@code src/test/resources/replay/} — raw bytes to serve, and a plain
 * Jackson tree (a default {@code ObjectMapper}, not the connector's mapper or DTOs) from which the tests
 * derive the values they expect.
 */
final class Replay {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Replay() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Replay.class.getResourceAsStream("/replay/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a JSON tree; a UTF-8 byte-order mark (SKIT's files have one) is skipped. */
    static JsonNode json(String resource) {
        byte[] b = bytes(resource);
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            b = Arrays.copyOfRange(b, 3, b.length);
        }
        try {
            return PLAIN.readTree(new String(b, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
