package io.github.mediaops.core.content;

import static io.github.mediaops.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.Fixtures;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentItemTest {

    @Test
    void a_new_item_is_a_draft_and_moves_through_the_workflow() {
        ContentItem item = Fixtures.article();
        assertThat(item.state()).isEqualTo(WorkflowState.DRAFT);
        ContentItem published = item.moveTo(WorkflowState.IN_REVIEW, "alice", T0.plusSeconds(60))
                .moveTo(WorkflowState.APPROVED, "bob", T0.plusSeconds(120))
                .moveTo(WorkflowState.SCHEDULED, "bob", T0.plusSeconds(180))
                .moveTo(WorkflowState.PUBLISHED, "scheduler", T0.plusSeconds(3600));
        assertThat(published.state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(published.history()).extracting(WorkflowEvent::by)
                .containsExactly("alice", "alice", "bob", "bob", "scheduler");
        assertThat(item.state()).as("the original is unchanged").isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void refuses_illegal_workflow_moves() {
        ContentItem item = Fixtures.article();
        assertThatThrownBy(() -> item.moveTo(WorkflowState.PUBLISHED, "alice", T0.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("PUBLISHED");
        ContentItem archived = item.moveTo(WorkflowState.ARCHIVED, "alice", T0.plusSeconds(1));
        assertThatThrownBy(() -> archived.moveTo(WorkflowState.DRAFT, "alice", T0.plusSeconds(2)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refuses_history_going_back_in_time() {
        ContentItem item = Fixtures.article();
        assertThatThrownBy(() -> item.moveTo(WorkflowState.IN_REVIEW, "alice", T0.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("earlier");
    }

    @Test
    void rejects_blank_ids_decorated_hashtags_and_bad_language() {
        assertThatThrownBy(() -> ContentItem.builder(" ", ContentKind.ARTICLE).created("a", T0).build())
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("id");
        assertThatThrownBy(() -> ContentItem.builder("x", ContentKind.ARTICLE).addHashtag("#话题#").created("a", T0).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("#话题#");
        assertThatThrownBy(() -> ContentItem.builder("x", ContentKind.ARTICLE).addMention("@li").created("a", T0).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("@li");
        assertThatThrownBy(() -> ContentItem.builder("x", ContentKind.ARTICLE).language("zh_CN!").created("a", T0).build())
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("language");
        assertThatThrownBy(() -> ContentItem.builder("x", ContentKind.ARTICLE).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("history");
    }

    @Test
    void media_assets_validate_their_shape() {
        AssetLicense owned = AssetLicense.owned("Brand");
        URI uri = URI.create("file:///a.jpg");
        assertThatThrownBy(() -> MediaAsset.image(uri, "image/jpeg", 100, 100, -1, owned))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bytes").hasMessageContaining("-1");
        assertThatThrownBy(() -> MediaAsset.video(uri, "video/mp4", 1080, 1920, Duration.ZERO, 10, owned))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> MediaAsset.image(uri, "image/jpeg", 0, 100, 10, owned))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("width");
        assertThat(Fixtures.clip().aspectRatio()).isEqualTo(1080.0 / 1920);
    }

    @Test
    void licences_expire() {
        AssetLicense lic = AssetLicense.licensed("Stock", LocalDate.of(2026, 12, 31));
        assertThat(lic.usableOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(lic.usableOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(new AssetLicense(LicenseKind.UNKNOWN, "?", null).usableOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(AssetLicense.owned("Brand").expiry()).isEmpty();
    }

    @Test
    void video_scripts_number_scenes_and_sum_durations() {
        VideoScript script = Fixtures.script();
        assertThat(script.totalDuration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(script.lines()).containsExactly("这件羽绒服只有 300 克", "轻！", "零下十度也不冷", "关注我们看更多穿搭", "点关注");
        Scene s1 = script.scenes().get(0);
        assertThatThrownBy(() -> new VideoScript("", List.of(s1, s1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("numbered");
        assertThatThrownBy(() -> new VideoScript("", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Scene(1, "x", Duration.ofSeconds(-1), "", "", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duration");
    }

    @Test
    void variants_need_their_own_id() {
        ContentItem master = Fixtures.article();
        ContentVariant v = ContentVariant.unchanged(master, Platform.DOUYIN);
        assertThat(v.content().id()).isEqualTo("c-2026-11-001@douyin");
        assertThatThrownBy(() -> new ContentVariant(master.id(), Platform.DOUYIN, master, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("own id");
    }

    @Test
    void round_trips_through_json() {
        ContentItem item = Fixtures.article().moveTo(WorkflowState.IN_REVIEW, "alice", T0.plusSeconds(5));
        String json = Json.assertRoundTrip(item);
        assertThat(json).contains("冬季穿搭");
        Json.assertRoundTrip(ContentVariant.unchanged(item, Platform.XIAOHONGSHU));
    }
}
