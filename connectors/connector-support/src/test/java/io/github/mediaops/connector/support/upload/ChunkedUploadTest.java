package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedUploadTest {
    // 8 KiB parts, first numbered 1: 70,000 bytes are 8 full parts and a last one of 4,464 bytes.
    static final PartRules RULES = new PartRules(4096, 8192, 65_536, 100, 1 << 20, 1);
    static final int SIZE = 70_000;

    @TempDir
    Path dir;
    PartServer platform;
    byte[] data;
    Path file;

    @BeforeEach
    void start() throws Exception {
        platform = new PartServer();
        data = new byte[SIZE];
        new Random(16).nextBytes(data);
        file = Files.write(dir.resolve("video.mp4"), data);
    }

    @AfterEach
    void stop() throws Exception {
        platform.shutdown();
    }

    private HttpPartProtocol protocol(boolean canListParts) {
        return new HttpPartProtocol(platform.server.url("/"), canListParts);
    }

    @Test
    void sends_every_part_once_in_order_and_the_platform_gets_the_file() {
        List<UploadProgress> progress = new ArrayList<>();
        List<UploadState> checkpoints = new ArrayList<>();
        UploadListener listener = new UploadListener() {
            @Override
            public void onProgress(UploadProgress p) {
                progress.add(p);
            }

            @Override
            public void onCheckpoint(UploadState s) {
                checkpoints.add(s);
            }
        };

        String md5 = ChunkedUpload.of(RULES).withListener(listener).upload(UploadSource.of(file), protocol(false));

        assertThat(platform.assembled).isEqualTo(data);
        assertThat(md5).isEqualTo(PartBody.md5Hex(data));
        assertThat(platform.partsReceived).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(progress).extracting(UploadProgress::bytesDone)
                .containsExactly(8192L, 16384L, 24576L, 32768L, 40960L, 49152L, 57344L, 65536L, 70000L);
        assertThat(progress).extracting(p -> p.part().number()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(progress.get(8).part().length()).isEqualTo(70_000 - 8 * 8192);
        assertThat(progress.get(8).part().last()).isTrue();
        assertThat(progress.get(8).fraction()).isEqualTo(1.0);
        assertThat(progress).allMatch(p -> p.totalBytes() == SIZE && !p.resumed());
        // one checkpoint when the session opens, one per accepted part
        assertThat(checkpoints).hasSize(10);
        assertThat(checkpoints.get(0).completedParts()).isEmpty();
        assertThat(checkpoints.get(9).allPartsDone()).isTrue();
    }

    @Test
    void resumes_after_a_dropped_part_without_sending_finished_parts_again() {
        platform.dropAfterStoring.put(4, 1);
        ChunkedUpload upload = ChunkedUpload.of(RULES);

        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> upload.upload(UploadSource.of(file), protocol(false)));

        assertThat(e.getCause()).isInstanceOf(TransientPlatformException.class);
        assertThat(e.retryable()).isTrue();
        assertThat(e.failedPart()).get().extracting(UploadPart::number).isEqualTo(4);
        assertThat(e.state().completedParts()).containsOnlyKeys(1, 2, 3);
        assertThat(platform.completes).hasValue(0);

        List<UploadProgress> progress = new ArrayList<>();
        String md5 = upload.withListener(new UploadListener() {
            @Override
            public void onProgress(UploadProgress p) {
                progress.add(p);
            }
        }).resume(e.state(), UploadSource.of(file), protocol(false));

        assertThat(md5).isEqualTo(PartBody.md5Hex(data));
        assertThat(platform.assembled).isEqualTo(data);
        // 1..3 once; 4 twice (the dropped one and its resend); 5..9 once
        assertThat(platform.partsReceived).containsExactly(1, 2, 3, 4, 4, 5, 6, 7, 8, 9);
        assertThat(platform.inits).hasValue(1);
        assertThat(progress.get(0).bytesDone()).isEqualTo(4 * 8192L);
        assertThat(progress).allMatch(UploadProgress::resumed);
    }

    @Test
    void resumes_from_a_state_written_with_jackson_and_with_java_serialisation() throws Exception {
        platform.dropAfterStoring.put(6, 1);
        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(false)));

        ObjectMapper mapper = new ObjectMapper();
        UploadState viaJson = mapper.readValue(mapper.writeValueAsString(e.state()), UploadState.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e.state());
        }
        UploadState viaJava;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            viaJava = (UploadState) in.readObject();
        }
        assertThat(viaJson).isEqualTo(e.state());
        assertThat(viaJava).isEqualTo(e.state());

        String md5 = ChunkedUpload.of(RULES).resume(viaJson, UploadSource.of(data), protocol(false));
        assertThat(md5).isEqualTo(PartBody.md5Hex(data));
        assertThat(platform.partsReceived).containsExactly(1, 2, 3, 4, 5, 6, 6, 7, 8, 9);
    }

    @Test
    void a_part_the_platform_reports_with_a_different_size_is_not_counted_as_done() {
        platform.reportWrongSize.put(2, 1);

        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(false)));

        assertThat(e).hasMessageContaining("part 2 of 9").hasMessageContaining("received 8191 bytes, 8192 were sent");
        assertThat(e.getCause()).isNull();
        assertThat(e.retryable()).isTrue();
        assertThat(e.state().completedParts()).containsOnlyKeys(1);

        ChunkedUpload.of(RULES).resume(e.state(), UploadSource.of(file), protocol(false));
        assertThat(platform.assembled).isEqualTo(data);
        assertThat(platform.partsReceived).containsExactly(1, 2, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void a_platform_that_lists_its_parts_gets_back_a_part_it_lost() {
        platform.dropAfterStoring.put(5, 1);
        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(true)));
        platform.forget(e.state().uploadId(), 2);

        ChunkedUpload.of(RULES).resume(e.state(), UploadSource.of(file), protocol(true));

        assertThat(platform.assembled).isEqualTo(data);
        // part 5 reached the platform before the drop, so the platform's list has it: only 2 goes again
        assertThat(platform.partsReceived).containsExactly(1, 2, 3, 4, 5, 2, 6, 7, 8, 9);
    }

    @Test
    void resuming_with_a_different_file_fails_before_anything_is_sent() throws Exception {
        platform.dropAfterStoring.put(3, 1);
        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(false)));
        int before = platform.requestCount();
        byte[] other = data.clone();
        other[10] ^= 1;
        byte[] shorter = java.util.Arrays.copyOf(data, SIZE - 1);

        assertThatThrownBy(() -> ChunkedUpload.of(RULES).resume(e.state(), UploadSource.of(other), protocol(false)))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("source"))
                .hasMessageContaining("part 1 of the source differs");
        assertThatThrownBy(() -> ChunkedUpload.of(RULES).resume(e.state(), UploadSource.of(shorter), protocol(false)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("69999 bytes but the interrupted upload had 70000");
        assertThat(platform.requestCount()).isEqualTo(before);
    }

    @Test
    void a_refused_part_is_not_retryable_and_names_the_platform_error() {
        platform.refuse.add(3);

        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(false)));

        assertThat(e.getCause()).isInstanceOf(PermissionDeniedException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(e.state().completedParts()).containsOnlyKeys(1, 2);
    }

    @Test
    void a_failed_completion_resumes_with_the_completion_alone() {
        platform.dropCompletes.set(1);

        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> ChunkedUpload.of(RULES).upload(UploadSource.of(file), protocol(false)));
        assertThat(e.failedPart()).isEmpty();
        assertThat(e.state().allPartsDone()).isTrue();
        assertThat(e.getCause()).isInstanceOf(TransientPlatformException.class);
        assertThat(e.retryable()).isTrue();

        String md5 = ChunkedUpload.of(RULES).resume(e.state(), UploadSource.of(file), protocol(false));

        assertThat(md5).isEqualTo(PartBody.md5Hex(data));
        assertThat(platform.partsReceived).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(platform.completes).hasValue(2);
    }

    @Test
    void a_source_over_the_platform_limit_fails_before_the_session_opens() {
        byte[] big = new byte[(1 << 20) + 1];

        assertThatThrownBy(() -> ChunkedUpload.of(RULES).upload(UploadSource.of(big), protocol(false)))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("totalBytes"))
                .hasMessageContaining("1048577 exceeds the platform's limit of 1048576");
        assertThat(platform.requestCount()).isZero();
    }

    @Test
    void parts_grow_when_the_preferred_size_would_need_too_many_parts() {
        PartRules rules = new PartRules(5, 20, 100, 4, 1000, 0);
        assertThat(rules.partBytes(60)).isEqualTo(20);
        assertThat(rules.partCount(60)).isEqualTo(3);
        assertThat(rules.partBytes(81)).isEqualTo(21); // ceil(81 / 4)
        assertThat(rules.partCount(81)).isEqualTo(4);
        assertThat(rules.partCount(3)).isEqualTo(1); // a lone last part may be under the minimum
        assertThatThrownBy(() -> new PartRules(5, 20, 100, 4, 1000, 0).partBytes(401))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs parts of 101 bytes");
        assertThatThrownBy(() -> rules.partBytes(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PartRules(5, 4, 100, 4, 1000, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("preferredPartBytes"));
    }

    @Test
    void a_resumable_stream_source_reads_only_the_parts_it_sends() {
        List<Integer> opened = new ArrayList<>();
        UploadSource stream = UploadSource.of(() -> {
            opened.add(1);
            return new ByteArrayInputStream(data);
        }, SIZE);
        String md5 = ChunkedUpload.of(RULES).upload(stream, protocol(false));

        assertThat(md5).isEqualTo(PartBody.md5Hex(data));
        assertThat(opened).hasSize(9);
        assertThat(platform.assembled).isEqualTo(data);
    }

    @Test
    void state_masks_the_upload_id_and_rejects_inconsistent_records() {
        UploadState s = new UploadState("secret-upload-token", 100, 40, 3, 0, new java.util.TreeMap<>());
        assertThat(s.toString()).doesNotContain("secret").contains("***");
        assertThatThrownBy(() -> new UploadState("u", 100, 40, 2, 0, new java.util.TreeMap<>()))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("partCount"));
        assertThatThrownBy(() -> new UploadState("u", 100, 40, 3, 1, new java.util.TreeMap<>(java.util.Map.of(0, "x"))))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("completedParts"));
        assertThat(s.retainingOnly(Set.of()).completedParts()).isEmpty();
    }
}
