package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.core.InvalidValueException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Call;

/**
 * Puts a video file on Kuaishou's upload gateway (official "创建视频" page, section 上传视频): a file of at
 * most {@code fragmentBytes} goes in one raw-body request ({@code /api/upload}); a larger one in fragments of
 * {@code fragmentBytes} numbered from 0 ({@code /api/upload/fragment}), joined by {@code /api/upload/complete}
 * with the number of fragments. A fragmented upload that was interrupted resumes: the gateway is asked which
 * fragments it holds ({@code /api/upload/resume}) and only the others are sent. The size the gateway reports
 * for each fragment must be the size sent. Fragments are read from the file one at a time, never the whole
 * file into memory.
 *
 * <p>Gateway calls carry the upload token, not the user's access token, and are safe to repeat (the same
 * fragment id with the same bytes), so the runtime retries them on transient failures.
 *
 * <p>This is Kuaishou's own protocol implemented inside the connector; a shared chunked-upload helper in
 * connector-support was not available when it was written.
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

    KuaishouUpload(KuaishouApi api, ConnectorRuntime runtime, long fragmentBytes, UploadListener listener) {
        this.api = api;
        this.runtime = runtime;
        this.fragmentBytes = fragmentBytes;
        this.listener = listener;
    }

    /** Whether a file of {@code size} bytes goes in fragments. */
    boolean fragmented(long size) {
        return size > fragmentBytes;
    }

    int fragmentCount(long size) {
        return (int) ((size + fragmentBytes - 1) / fragmentBytes);
    }

    /**
     * Uploads {@code file} ({@code size} bytes) with the upload token; {@code resuming} asks the gateway first
     * which fragments it already holds.
     */
    void upload(String key, String endpoint, String uploadToken, Path file, long size, boolean resuming) {
        String base = "http://" + endpoint + "/";
        if (!fragmented(size)) {
            byte[] all = read(file, 0, (int) size);
            call(UPLOAD, () -> api.upload(base + UPLOAD, uploadToken, RequestBody.create(all, OCTETS)));
            listener.progress(key, size, size);
            return;
        }
        int count = fragmentCount(size);
        Map<Integer, Long> held = resuming ? held(base, uploadToken) : Map.of();
        long confirmed = 0;
        for (int i = 0; i < count; i++) {
            long length = Math.min(fragmentBytes, size - i * fragmentBytes);
            if (held.getOrDefault(i, -1L) == length) {
                confirmed += length;
                listener.progress(key, confirmed, size);
                continue;
            }
            byte[] bytes = read(file, i * fragmentBytes, (int) length);
            int id = i;
            KuaishouApi.FragmentAnswer a = call(FRAGMENT,
                    () -> api.fragment(base + FRAGMENT, uploadToken, id, RequestBody.create(bytes, OCTETS)));
            if (a != null && a.size() != null && a.size() != length) {
                throw KuaishouConnector.unexpected(FRAGMENT, "the gateway holds " + a.size() + " bytes of fragment " + i
                        + ", " + length + " were sent");
            }
            confirmed += length;
            listener.progress(key, confirmed, size);
        }
        call(COMPLETE, () -> api.complete(base + COMPLETE, uploadToken, count));
    }

    /** Fragment id → size of the fragments the gateway already holds. */
    private Map<Integer, Long> held(String base, String uploadToken) {
        KuaishouApi.ResumeAnswer a = runtime.executor().executeWithoutToken(
                Operation.read(RESUME, runtime.rateKey()), () -> api.resume(base + RESUME, uploadToken));
        Map<Integer, Long> held = new HashMap<>();
        if (a != null && a.fragmentList() != null) {
            for (KuaishouApi.FragmentInfo f : a.fragmentList()) {
                if (f != null && f.id() != null && f.size() != null) {
                    held.put(f.id(), f.size());
                }
            }
        }
        return held;
    }

    private <T> T call(String endpoint, Supplier<Call<T>> call) {
        return runtime.executor().executeWithoutToken(Operation.idempotentWrite(endpoint, runtime.rateKey()), call);
    }

    private static byte[] read(Path file, long offset, int length) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(length);
            while (buf.hasRemaining()) {
                if (ch.read(buf, offset + buf.position()) < 0) {
                    throw new IOException("the file ended at " + (offset + buf.position()) + " bytes");
                }
            }
            return buf.array();
        } catch (IOException e) {
            throw new InvalidValueException("media.uri", "cannot read the video " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
