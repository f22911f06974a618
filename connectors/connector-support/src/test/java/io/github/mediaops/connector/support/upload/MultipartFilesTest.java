package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.MediaAsset;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MultipartBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFilesTest {
    @TempDir
    Path dir;

    private static MediaAsset image(URI uri) {
        return MediaAsset.image(uri, "image/png", 900, 500, 0, AssetLicense.owned("mediaops"));
    }

    @Test
    void a_file_asset_is_a_form_part_with_its_name_type_and_bytes() throws Exception {
        Path file = Files.write(dir.resolve("cover.png"), "PNGDATA".getBytes(StandardCharsets.US_ASCII));
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addPart(MultipartFiles.part("media", image(file.toUri()), "cover"))
                .build();
        Buffer sink = new Buffer();
        body.writeTo(sink);
        String wire = sink.readUtf8();
        assertThat(wire).contains("Content-Disposition: form-data; name=\"media\"; filename=\"cover.png\"")
                .contains("Content-Type: image/png").contains("PNGDATA");
    }

    @Test
    void only_readable_file_uris_are_parts_and_errors_name_the_field() {
        MediaAsset remote = image(URI.create("https://cdn.example/x.png"));
        assertThatThrownBy(() -> MultipartFiles.part("media", remote, "cover"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cover.uri"));
        MediaAsset missing = image(dir.resolve("gone.png").toUri());
        assertThatThrownBy(() -> MultipartFiles.part("media", missing, "cover"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cover.uri"));
    }
}
