package io.github.mediaops.connector.bilibili;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.upload.ChunkedUpload;
import io.github.mediaops.connector.support.upload.PartBody;
import io.github.mediaops.connector.support.upload.PartReceipt;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadPart;
import io.github.mediaops.connector.support.upload.UploadProtocol;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Call;

/**
 * Puts a video file on Bilibili (视频稿件投递, platform-apis-2.md §7.2; official demo {@code ArchiveUtil}):
 * {@code arcopen/fn/archive/video/init} ({@code name}, {@code utype} "0": chunked) opens a session and answers
 * the {@code upload_token}; connector-support's {@link ChunkedUpload} sends the parts to
 * {@code video/v2/part/upload} ({@code upload_token}, {@code part_number} from 1, the bytes as the body, 8 MB
 * each but the last); {@code arcopen/fn/archive/video/complete} merges them.
 *
 * <p>An interrupted upload resumes from its {@link UploadState}: only parts not yet accepted are sent again.
 * Bilibili offers no call that lists the parts it holds, so the state (kept in the publish journal after every
 * part) is the record. Part and merge calls carry the upload token, not the user's token, and are safe to repeat
 * (a part is addressed by its number), so the runtime retries them on transient failures. Bilibili's
 * single-file upload (utype "1", files ≤ 100 MB) is not used: the chunked path works for every size.
 */
final class BilibiliUpload {
    static final String INIT = "arcopen/fn/archive/video/init";
    static final String PART = "video/v2/part/upload";
    static final String COMPLETE = "arcopen/fn/archive/video/complete";
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = Json.tolerantMapper();

    private final BilibiliApi api;
    private final ConnectorRuntime runtime;
    private final BilibiliSigner signer;
    private final String partUrl;
    private final PartRules rules;
    private final UploadListener listener;

    BilibiliUpload(BilibiliApi api, ConnectorRuntime runtime, BilibiliSigner signer, String partUrl, PartRules rules,
                   UploadListener listener) {
        this.api = api;
        this.runtime = runtime;
        this.signer = signer;
        this.partUrl = partUrl;
        this.rules = rules;
        this.listener = listener;
    }

    PartRules rules() {
        return rules;
    }

    /** Opens an upload session for a file named {@code name} (its extension tells Bilibili the format). */
    String init(TokenManager tokens, String clientId, String name) {
        byte[] body = json(new BilibiliApi.Init(name, "0"));
        BilibiliApi.Envelope<BilibiliApi.UploadToken> e = runtime.write(INIT, tokens,
                token -> api.init(signer.headers(body, token), clientId, token, RequestBody.create(body, JSON)));
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(INIT, "an answer without data");
        }
        return BilibiliConnector.WIRE.required(INIT, "data.upload_token", e.data().uploadToken());
    }

    /**
     * Sends the file's parts with the session's upload token, from the start ({@code state} empty) or resuming
     * {@code state}, then merges them. Every checkpoint goes to {@code checkpoint} (the publish journal) before
     * the listener hears of it.
     */
    void upload(Optional<UploadState> state, String uploadToken, UploadSource source, Consumer<UploadState> checkpoint) {
        ChunkedUpload upload = ChunkedUpload.of(rules).withListener(listener.journaledBy(checkpoint));
        Protocol protocol = new Protocol(uploadToken);
        if (state.isPresent()) {
            upload.resume(state.get(), source, protocol);
        } else {
            upload.upload(source, protocol);
        }
    }

    private final class Protocol implements UploadProtocol<Void> {
        private final String uploadToken;

        Protocol(String uploadToken) {
            this.uploadToken = uploadToken;
        }

        /** The session was opened by {@code video/init} before the upload began. */
        @Override
        public String begin(long totalBytes, int partCount) {
            return uploadToken;
        }

        @Override
        public PartReceipt sendPart(String token, UploadPart part, PartBody body) {
            call(PART, () -> api.part(partUrl, token, part.number(), RequestBody.create(body.bytes(), OCTETS)));
            return PartReceipt.accepted(); // Bilibili answers {"code":0,"message":"0"}: no size or checksum to compare
        }

        @Override
        public Void complete(String token, UploadState state) {
            byte[] empty = new byte[0];
            call(COMPLETE, () -> api.complete(signer.headers(empty, null), token, RequestBody.create(empty, JSON)));
            return null;
        }
    }

    private <T> T call(String endpoint, Supplier<Call<T>> call) {
        return runtime.executor().executeWithoutToken(Operation.idempotentWrite(endpoint, runtime.rateKey()), call);
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
