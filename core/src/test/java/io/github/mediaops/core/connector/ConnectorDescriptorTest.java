package io.github.mediaops.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectorDescriptorTest {

    @Test
    void capabilities_are_copied_in_declaration_order_and_cannot_be_changed() {
        EnumSet<Capability> caps = EnumSet.of(Capability.WEBHOOKS, Capability.PUBLISH);
        ConnectorDescriptor d = new ConnectorDescriptor("acme", Platform.of("acme"), caps);
        caps.add(Capability.MESSAGES);
        assertThat(d.capabilities()).containsExactly(Capability.PUBLISH, Capability.WEBHOOKS);
        assertThatThrownBy(() -> d.capabilities().add(Capability.MESSAGES)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.allows(Capability.PUBLISH)).isTrue();
        assertThat(d.allows(Capability.MESSAGES)).isFalse();
    }

    @Test
    void rejects_an_id_that_is_not_lower_case_and_an_empty_capability_set() {
        assertThatThrownBy(() -> ConnectorDescriptor.of("WeChat OA", Platform.of("acme"), Capability.PUBLISH))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("WeChat OA");
        assertThatThrownBy(() -> new ConnectorDescriptor("acme", Platform.of("acme"), Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("capabilit");
    }

    @Test
    void an_unknown_outcome_is_never_retryable() {
        AmbiguousOutcomeException e = new AmbiguousOutcomeException("timed out; the request may have been applied",
                ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation("cgi-bin/message/custom/send").build(), null);
        assertThat(e.retryable()).isFalse();
        assertThat(e).isInstanceOf(ConnectorException.class).isNotInstanceOf(TransientPlatformException.class);
    }

    @Test
    void each_capability_names_the_interface_its_accessor_returns() {
        assertThat(Capability.PUBLISH.type()).isEqualTo(Publishing.class);
        assertThat(Capability.NOTIFICATIONS.type()).isEqualTo(Notifications.class);
    }
}
