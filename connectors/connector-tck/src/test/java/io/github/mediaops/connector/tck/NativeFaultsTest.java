package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NativeFaultsTest {
    private static final NativeFaults FAULTS = new NativeFaults(new PlatformError(-1, "system busy"),
            new PlatformError(45009, "api freq out of limit"), new PlatformError(42001, "access_token expired"),
            new PlatformError(40001, "invalid secret"));

    @Test
    void each_platform_coded_fault_gets_its_own_code_and_message_in_the_platforms_body() {
        Function<Fault, String> bodies = FAULTS.bodies((code, message) -> "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}");
        assertThat(bodies.apply(Fault.PLATFORM_BUSY)).isEqualTo("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        assertThat(bodies.apply(Fault.RATE_LIMITED)).isEqualTo("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        assertThat(bodies.apply(Fault.TOKEN_EXPIRED)).isEqualTo("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
        assertThat(bodies.apply(Fault.BAD_CREDENTIALS)).isEqualTo("{\"errcode\":40001,\"errmsg\":\"invalid secret\"}");
    }

    @Test
    void a_fault_without_a_platform_code_is_refused_by_name() {
        for (Fault f : new Fault[] {Fault.SERVER_ERROR, Fault.MALFORMED_JSON, Fault.SLOW, Fault.DROP_AFTER_ACCEPT,
                Fault.DROP_BEFORE_ACCEPT}) {
            assertThatThrownBy(() -> FAULTS.of(f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(f.name());
        }
        assertThatThrownBy(() -> new NativeFaults(null, FAULTS.rateLimited(), FAULTS.tokenExpired(), FAULTS.badCredentials()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("platformBusy");
    }
}
