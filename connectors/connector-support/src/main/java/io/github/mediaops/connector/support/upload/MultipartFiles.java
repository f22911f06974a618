package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.validate.Checks;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Multipart form parts of media a host hands over as local {@code file:} URIs (a cover, an in-article image), for
 * platforms that take one small file per upload call.
 */
public final class MultipartFiles {
    private MultipartFiles() {
    }

    /**
     * The form part {@code name} holding the whole local file of {@code asset}, under the file's name and with the
     * asset's MIME type.
     *
     * @param field the asset's field in the request, for errors ({@code <field>.uri})
     * @throws InvalidValueException naming {@code <field>.uri} when the URI is not a {@code file:} URI or the file
     *         cannot be read
     */
    public static MultipartBody.Part part(String name, MediaAsset asset, String field) {
        Checks.notBlank(name, "name");
        Path file = PublishInputs.localFile(asset, field);
        return MultipartBody.Part.createFormData(name, file.getFileName().toString(),
                RequestBody.create(PublishInputs.readAll(file, field + ".uri"), MediaType.parse(asset.mimeType())));
    }
}
