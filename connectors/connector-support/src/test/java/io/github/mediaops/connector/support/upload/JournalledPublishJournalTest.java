package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalledPublishJournalTest {
    @Test
    void a_journal_never_shows_its_upload_token_and_is_a_plain_value() {
        JournalledPublish.Journal j = JournalledPublish.Journal.opened("upload-secret-7", "标题", Map.of("endpoint", "up.example"))
                .sent(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(j.toString()).doesNotContain("upload-secret-7").contains("****").contains("up.example");
        // the JSON round trip through an idempotency store is covered by the Kuaishou and Bilibili publishing tests
        JournalledPublish.Journal back = new JournalledPublish.Journal(j.uploadToken(), j.state(), j.uploaded(),
                j.match(), j.sentAt(), j.notes());
        assertThat(back).isEqualTo(j);
        assertThat(back.note("endpoint")).isEqualTo("up.example");
        assertThat(back.uploaded()).isFalse();
        assertThat(back.uploadedNow().uploaded()).isTrue();
    }

    @Test
    void notes_are_copied_and_set_one_by_one() {
        JournalledPublish.Journal j = JournalledPublish.Journal.opened("t", "caption", null);
        assertThat(j.notes()).isEmpty();
        JournalledPublish.Journal c = j.withNote("coverUrl", "https://i0.hdslb.com/c.jpg");
        assertThat(c.note("coverUrl")).isEqualTo("https://i0.hdslb.com/c.jpg");
        assertThat(j.note("coverUrl")).isNull();
        assertThatThrownBy(() -> c.notes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_journal_without_an_upload_token_is_refused_naming_the_field() {
        assertThatThrownBy(() -> JournalledPublish.Journal.opened(" ", "caption", Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("uploadToken");
    }
}
