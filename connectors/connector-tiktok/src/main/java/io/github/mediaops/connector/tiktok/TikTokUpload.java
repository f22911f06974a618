package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.upload.ChunkedUpload;
import io.github.mediaops.connector.support.upload.PartBody;
import io.github.mediaops.connector.support.upload.PartReceipt;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadPart;
import io.github.mediaops.connector.support.upload.UploadProtocol;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Sends a video to the {@code upload_url} of a {@code FILE_UPLOAD} init (Content Posting API Media Transfer Guide):
 * one {@code PUT} per chunk, in order, each with {@code Content-Range: bytes first-last/total} and the video's MIME
 * type; TikTok answers 206 until the last chunk and 201 after it. Chunks follow {@link TikTokConnector#CHUNK_RULES}
 * with the configured chunk size: {@code total_chunk_count = floor(video_size / chunk_size)}, the last chunk taking
 * the trailing bytes, a video smaller than a chunk sent whole. The plan the init announces ({@link #plan}) and the
 * chunks sent come from the same rules, so they always agree.
 *
 * <p>Chunk {@code PUT}s carry no access token (the upload URL holds the upload token) and are safe to repeat (the
 * same byte range again), so the runtime retries them on transient failures. An interrupted upload resumes from its
 * {@link UploadState} with the same upload URL (valid for an hour), sending only the chunks not yet accepted.
 */
final class TikTokUpload {
    static final String CHUNK = "video/upload";

    /** What the init call announces: {@code video_size}, {@code chunk_size}, {@code total_chunk_count}. */
    record Plan(long videoSize, long chunkSize, int chunkCount) {
    }

    private final TikTokApi api;
    private final ConnectorRuntime runtime;
    private final UploadListener listener;
    private final PartRules rules;

    TikTokUpload(TikTokApi api, ConnectorRuntime runtime, long chunkBytes, UploadListener listener) {
        this.api = api;
        this.runtime = runtime;
        this.listener = listener;
        PartRules r = TikTokConnector.CHUNK_RULES;
        this.rules = new PartRules(r.minPartBytes(), chunkBytes, r.maxPartBytes(), r.maxParts(), r.maxTotalBytes(),
                r.firstPartNumber()).withRemainderInLastPart();
    }

    /** How a video of {@code size} bytes is cut; refuses (field {@code totalBytes}) a video TikTok would not take. */
    Plan plan(long size) {
        return new Plan(size, rules.partBytes(size), rules.partCount(size));
    }

    /**
     * Sends the video to {@code uploadUrl}, from the start ({@code state} empty) or resuming {@code state}. Every
     * checkpoint goes to {@code checkpoint} (the publish journal) before the listener hears of it.
     */
    void send(Optional<UploadState> state, String uploadUrl, String mimeType, UploadSource source,
              Consumer<UploadState> checkpoint) {
        ChunkedUpload upload = ChunkedUpload.of(rules).withListener(listener.journaledBy(checkpoint));
        Protocol protocol = new Protocol(uploadUrl, MediaType.get(mimeType), source.size());
        if (state.isPresent()) {
            upload.resume(state.get(), source, protocol);
        } else {
            upload.upload(source, protocol);
        }
    }

    private final class Protocol implements UploadProtocol<Void> {
        private final String uploadUrl;
        private final MediaType type;
        private final long total;

        Protocol(String uploadUrl, MediaType type, long total) {
            this.uploadUrl = uploadUrl;
            this.type = type;
            this.total = total;
        }

        /** The session was opened by the init call, which returned the upload URL. */
        @Override
        public String begin(long totalBytes, int partCount) {
            return uploadUrl;
        }

        @Override
        public PartReceipt sendPart(String url, UploadPart part, PartBody body) {
            String range = "bytes " + part.offset() + "-" + (part.offset() + part.length() - 1) + "/" + total;
            runtime.executor().executeWithoutToken(Operation.idempotentWrite(CHUNK, runtime.rateKey()),
                    () -> api.uploadChunk(url, range, RequestBody.create(body.bytes(), type))).close();
            return PartReceipt.accepted();
        }

        /** TikTok needs no completion call: the last chunk's 201 ends the upload. */
        @Override
        public Void complete(String url, UploadState state) {
            return null;
        }
    }
}
