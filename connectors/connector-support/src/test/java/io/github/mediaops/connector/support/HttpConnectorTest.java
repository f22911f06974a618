package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The template's capability registry and builder conventions, on a connector that sends no request. */
class HttpConnectorTest {
    private static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("acme-bot",
            Platform.of("acme-bot", "Acme bot"), Capability.NOTIFICATIONS, Capability.WEBHOOKS);
    private static final ErrorTable ERRORS = ErrorTable.builder(DESCRIPTOR.platform()).codeAt("/code").build();
    private static final Notifications NOTIFY = n -> new NotificationReceipt("r1", Instant.EPOCH);

    static final class Acme extends HttpConnector {
        Acme(Builder b, Consumer<Acme> register) {
            super(DESCRIPTOR, URI.create("https://acme.invalid/"), b, ERRORS);
            register.accept(this);
        }

        void offerPublic(Capability c, Object impl) {
            offer(c, impl);
        }

        void withholdPublic(Capability c, String why) {
            withhold(c, why);
        }
    }

    static final class Builder extends HttpConnector.Builder<Builder> {
        Consumer<Acme> register = a -> a.offerPublic(Capability.NOTIFICATIONS, NOTIFY);

        Builder(ConnectorConfig config) {
            super(config, "botId");
        }

        @Override
        public Acme build() {
            return new Acme(this, register);
        }
    }

    private static ConnectorConfig config() {
        return ConnectorConfig.builder().credentials(Credentials.builder().identifier("botId", "b1").build()).build();
    }

    @Test
    void capabilities_are_what_was_offered_and_identity_is_the_descriptors() {
        try (Acme a = new Builder(config()).build()) {
            assertThat(a.capabilities()).containsExactly(Capability.NOTIFICATIONS);
            assertThat(a.notifications()).isSameAs(NOTIFY);
            assertThat(a.id()).isEqualTo("acme-bot");
            assertThat(a.descriptor()).isSameAs(DESCRIPTOR);
            assertThat(a.toString()).contains("acme-bot:b1").contains("https://acme.invalid/");
        }
    }

    @Test
    void an_absent_capability_throws_unsupported_naming_why_when_withheld() {
        Builder b = new Builder(config());
        b.register = a -> {
            a.offerPublic(Capability.NOTIFICATIONS, NOTIFY);
            a.withholdPublic(Capability.WEBHOOKS, "configure the signing secret");
        };
        try (Acme a = b.build()) {
            assertThatThrownBy(a::webhooks).isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("configure the signing secret");
            assertThatThrownBy(a::publishing).isInstanceOf(UnsupportedCapabilityException.class)
                    .extracting(e -> ((UnsupportedCapabilityException) e).capability()).isEqualTo(Capability.PUBLISH);
        }
    }

    @Test
    void offering_what_the_descriptor_does_not_allow_or_the_wrong_type_fails_at_construction() {
        Builder notAllowed = new Builder(config());
        notAllowed.register = a -> a.offerPublic(Capability.PUBLISH, NOTIFY);
        assertThatThrownBy(notAllowed::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("descriptor");
        Builder wrongType = new Builder(config());
        wrongType.register = a -> a.offerPublic(Capability.WEBHOOKS, NOTIFY);
        assertThatThrownBy(wrongType::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("Webhooks");
    }

    @Test
    void the_builder_needs_the_app_identifier_and_positive_durations() {
        assertThatThrownBy(() -> new Builder(ConnectorConfig.builder().build())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("botId");
        assertThatThrownBy(() -> new Builder(config()).idempotencyTtl(java.time.Duration.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("idempotencyTtl");
    }
}
