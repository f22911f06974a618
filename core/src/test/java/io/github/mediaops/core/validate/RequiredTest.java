package io.github.mediaops.core.validate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RequiredTest {
    @Test
    void names_every_missing_part_in_order_at_once() {
        assertThatThrownBy(() -> Required.of("public post").given("accountId", null).given("postId", "p1")
                .given("publishedAt", null).orThrow())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("public post is missing accountId, publishedAt")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("accountId, publishedAt");
    }

    @Test
    void passes_when_everything_was_given() {
        assertThatCode(() -> Required.of("x").given("a", 1).given("b", "").orThrow()).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_blank_description() {
        assertThatThrownBy(() -> Required.of(" ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("what");
    }
}
