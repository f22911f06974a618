package io.github.mediaops.connector.support.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The platform callbacks a connector would write for {@link PartServer}, over real HTTP. */
final class HttpPartProtocol implements UploadProtocol<String> {
    static final Platform PLATFORM = Platform.of("upload-test", "Upload test platform");
    private static final MediaType OCTET = MediaType.get("application/octet-stream");
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpUrl base;
    private final boolean canListParts;

    HttpPartProtocol(HttpUrl base, boolean canListParts) {
        this.base = base;
        this.canListParts = canListParts;
    }

    @Override
    public String begin(long totalBytes, int partCount) {
        return call(new Request.Builder().url(base.resolve("/init")).post(RequestBody.create(new byte[0])).build(), "init")
                .get("upload_id").asText();
    }

    @Override
    public PartReceipt sendPart(String uploadId, UploadPart part, PartBody body) {
        HttpUrl url = base.resolve("/part").newBuilder().addQueryParameter("upload_id", uploadId)
                .addQueryParameter("part_number", Integer.toString(part.number())).build();
        JsonNode r = call(new Request.Builder().url(url).post(RequestBody.create(body.bytes(), OCTET)).build(), "part");
        return PartReceipt.ofMd5(r.get("md5").asText()).withSize(r.get("size").asLong());
    }

    @Override
    public String complete(String uploadId, UploadState state) {
        HttpUrl url = base.resolve("/complete").newBuilder().addQueryParameter("upload_id", uploadId)
                .addQueryParameter("part_count", Integer.toString(state.partCount())).build();
        return call(new Request.Builder().url(url).post(RequestBody.create(new byte[0])).build(), "complete")
                .get("file_md5").asText();
    }

    @Override
    public Optional<Set<Integer>> receivedParts(String uploadId) {
        if (!canListParts) {
            return Optional.empty();
        }
        HttpUrl url = base.resolve("/parts").newBuilder().addQueryParameter("upload_id", uploadId).build();
        Set<Integer> held = new HashSet<>();
        call(new Request.Builder().url(url).build(), "parts").get("parts").forEach(n -> held.add(n.asInt()));
        return Optional.of(held);
    }

    private JsonNode call(Request request, String operation) {
        ErrorDetails.Builder details = ErrorDetails.builder(PLATFORM).operation(operation);
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (response.code() == 403) {
                throw new PermissionDeniedException("refused", details.httpStatus(403).build());
            }
            if (!response.isSuccessful()) {
                throw new InvalidRequestException("refused", details.httpStatus(response.code()).build());
            }
            return json.readTree(body);
        } catch (IOException e) {
            throw new TransientPlatformException("connection failed", details.build(), e);
        }
    }
}
