package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.upload.ChunkedUpload;
import io.github.mediaops.connector.support.upload.PartBody;
import io.github.mediaops.connector.support.upload.PartReceipt;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadPart;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.connector.support.upload.UploadProtocol;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Call;

/**
 * Puts a video file on Kuaishou's upload gateway (official "创建视频" page, section 上传视频; KwaiOpenSDK
 * {@code KwaiOpenVideoApi}): a file of at most {@code fragmentBytes} goes in one raw-body request
 * ({@code /api/upload}); a larger one through connector-support's {@link ChunkedUpload} in fragments of
 * {@code fragmentBytes} numbered from 0 ({@code /api/upload/fragment}), joined by {@code /api/upload/complete}
 * with the number of fragments. An interrupted fragmented upload resumes from its {@link UploadState}; the
 * gateway's own list of the fragments it holds ({@code /api/upload/resume}) wins over the record, so only
 * missing fragments are sent. The size the gateway reports for a fragment must be the size sent (Kuaishou
 * also reports a {@code checksum}, whose algorithm it does not document, so it is not compared).
 *
 * <p>Gateway calls carry the upload token, not the user's access token, and are safe to repeat (the same
 * fragment id with the same bytes), so the runtime retries them on transient failures.
 */
final class KuaishouUpload {
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    static final String UPLOAD = "api/upload";
    static final String FRAGMENT = "api/upload/fragment";
    static final String RESUME = "api/upload/resume";
    static final String COMPLETE = "api/upload/complete";

    private final KuaishouApi api;
    private final ConnectorRuntime runtime;
    private final long fragmentBytes;
    private final UploadListener listener;
    private final PartRules rules;

    KuaishouUpload(KuaishouApi api, ConnectorRuntime runtime, long fragmentBytes, UploadListener listener) {
        this.api = api;
        this.runtime = runtime;
        this.fragmentBytes = fragmentBytes;
        this.listener = listener;
        // Kuaishou documents fragments "不大于10M", ids from 0, and no minimum, part count or file-size limit
        this.rules = new PartRules(1, fragmentBytes, KuaishouConnector.MAX_FRAGMENT_BYTES, Integer.MAX_VALUE,
                Long.MAX_VALUE, 0);
    }

    /** Whether a file of {@code size} bytes goes in fragments. */
    boolean fragmented(long size) {
        return size > fragmentBytes;
    }

    /** Sends a small file in one request. */
    void direct(String endpoint, String uploadToken, UploadSource source) {
        long size = source.size();
        byte[] all = source.read(0, Math.toIntExact(size));
        call(UPLOAD, () -> api.upload(gateway(endpoint) + UPLOAD, uploadToken, RequestBody.create(all, OCTETS)));
        listener.onProgress(new UploadProgress(size, size, new UploadPart(0, 0, 1, 0, size), 1, false));
    }

    /**
     * Sends a large file in fragments with the upload token of {@code start_upload}, from the start
     * ({@code state} empty) or resuming {@code state}. Every checkpoint goes to {@code checkpoint} (the publish
     * journal) before the listener hears of it.
     */
    void fragments(Optional<UploadState> state, String endpoint, String uploadToken, UploadSource source,
                   Consumer<UploadState> checkpoint) {
        ChunkedUpload upload = ChunkedUpload.of(rules).withListener(listener.journaledBy(checkpoint));
        Protocol protocol = new Protocol(endpoint, uploadToken);
        if (state.isPresent()) {
            upload.resume(state.get(), source, protocol);
        } else {
            upload.upload(source, protocol);
        }
    }

    private final class Protocol implements UploadProtocol<Void> {
        private final String endpoint;
        private final String uploadToken;

        Protocol(String endpoint, String uploadToken) {
            this.endpoint = endpoint;
            this.uploadToken = uploadToken;
        }

        /** The session was opened by {@code start_upload} before the upload began. */
        @Override
        public String begin(long totalBytes, int partCount) {
            return uploadToken;
        }

        @Override
        public PartReceipt sendPart(String uploadToken, UploadPart part, PartBody body) {
            KuaishouApi.FragmentAnswer a = call(FRAGMENT, () -> api.fragment(gateway(endpoint) + FRAGMENT, uploadToken,
                    part.number(), RequestBody.create(body.bytes(), OCTETS)));
            return a != null && a.size() != null ? PartReceipt.ofSize(a.size()) : PartReceipt.accepted();
        }

        @Override
        public Void complete(String uploadToken, UploadState state) {
            call(COMPLETE, () -> api.complete(gateway(endpoint) + COMPLETE, uploadToken, state.partCount()));
            return null;
        }

        @Override
        public Optional<Set<Integer>> receivedParts(String uploadToken) {
            KuaishouApi.ResumeAnswer a = runtime.executor().executeWithoutToken(
                    Operation.read(RESUME, runtime.rateKey()), () -> api.resume(gateway(endpoint) + RESUME, uploadToken));
            Set<Integer> held = new HashSet<>();
            if (a != null && a.fragmentList() != null) {
                for (KuaishouApi.FragmentInfo f : a.fragmentList()) {
                    if (f != null && f.id() != null) {
                        held.add(f.id());
                    }
                }
            }
            return Optional.of(held);
        }
    }

    private static String gateway(String endpoint) {
        return "http://" + endpoint + "/";
    }

    private <T> T call(String endpoint, Supplier<Call<T>> call) {
        return runtime.executor().executeWithoutToken(Operation.idempotentWrite(endpoint, runtime.rateKey()), call);
    }
}
