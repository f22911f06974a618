package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a source to a platform in parts: open a session, send each part in order, complete. After a
 * failure the {@link UploadInterruptedException} carries an {@link UploadState}; {@link #resume} sends
 * only the parts the platform does not yet hold, reading only those from the source.
 *
 * <pre>{@code
 * ChunkedUpload upload = ChunkedUpload.of(DOUYIN_RULES).withListener(progressBar);
 * String videoId;
 * try {
 *     videoId = upload.upload(UploadSource.of(path), douyinProtocol);
 * } catch (UploadInterruptedException e) {
 *     if (!e.retryable()) throw e;
 *     videoId = upload.resume(e.state(), UploadSource.of(path), douyinProtocol);
 * }
 * }</pre>
 *
 * <p>What it checks: the source fits the {@link PartRules}; each part's size and MD5 against what
 * the platform reports in its {@link PartReceipt}; on resume, that the source has the recorded size
 * and that the first accepted part still has the recorded MD5 (a different file fails with
 * {@link InvalidValueException} on field {@code source} before anything is sent). Retries of single
 * calls belong to the connector's runtime inside the protocol; this class never retries by itself.
 *
 * <p>Immutable and thread-safe; one upload runs on the calling thread.
 */
public final class ChunkedUpload {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkedUpload.class);

    private final PartRules rules;
    private final UploadListener listener;

    private ChunkedUpload(PartRules rules, UploadListener listener) {
        this.rules = Checks.notNull(rules, "rules");
        this.listener = Checks.notNull(listener, "listener");
    }

    /** An uploader splitting by {@code rules}, with no listener. */
    public static ChunkedUpload of(PartRules rules) {
        return new ChunkedUpload(rules, UploadListener.NONE);
    }

    /** This uploader reporting to {@code listener}. */
    public ChunkedUpload withListener(UploadListener listener) {
        return new ChunkedUpload(rules, listener);
    }

    /** The rules parts are cut by. */
    public PartRules rules() {
        return rules;
    }

    /**
     * Uploads {@code source} from the start.
     *
     * @throws InvalidValueException if the source breaks the rules (nothing is sent)
     * @throws UploadInterruptedException if a part or the completion failed after the session opened
     */
    public <R> R upload(UploadSource source, UploadProtocol<R> protocol) {
        Checks.notNull(source, "source");
        Checks.notNull(protocol, "protocol");
        long total = source.size();
        rules.partBytes(total); // fail before the session opens
        String uploadId = Checks.notBlank(protocol.begin(total, rules.partCount(total)), "uploadId");
        UploadState state = UploadState.opened(uploadId, total, rules);
        listener.onCheckpoint(state);
        return run(state, source, protocol, false);
    }

    /**
     * Continues an interrupted upload: sends only parts not in {@code state}, then completes. When the
     * platform can list the parts it holds ({@link UploadProtocol#receivedParts}), its list wins: a
     * part it lost is sent again, a part it got whose answer was lost is not.
     *
     * @throws InvalidValueException if {@code source} is not the source of {@code state}
     * @throws UploadInterruptedException if a part or the completion failed again
     */
    public <R> R resume(UploadState state, UploadSource source, UploadProtocol<R> protocol) {
        Checks.notNull(state, "state");
        Checks.notNull(source, "source");
        Checks.notNull(protocol, "protocol");
        if (source.size() != state.totalBytes()) {
            throw new InvalidValueException("source", "the source has " + source.size()
                    + " bytes but the interrupted upload had " + state.totalBytes());
        }
        if (!state.completedParts().isEmpty()) {
            Map.Entry<Integer, String> first = state.completedParts().entrySet().iterator().next();
            UploadPart part = state.part(first.getKey() - state.firstPartNumber());
            String md5 = PartBody.md5Hex(source.read(part.offset(), Math.toIntExact(part.length())));
            if (!md5.equals(first.getValue())) {
                throw new InvalidValueException("source", "part " + part.number()
                        + " of the source differs from the part already uploaded (MD5 " + md5 + ", recorded "
                        + first.getValue() + "): resume with the same file or start a new upload");
            }
        }
        UploadState current = state;
        Optional<Set<Integer>> held = protocol.receivedParts(state.uploadId());
        if (held.isPresent()) {
            current = state.retainingOnly(held.get());
            for (int n : held.get()) {
                int index = n - state.firstPartNumber();
                if (index >= 0 && index < state.partCount() && !current.completedParts().containsKey(n)) {
                    // the platform got it but its answer was lost: record it without sending it again
                    UploadPart part = state.part(index);
                    current = current.withCompleted(part,
                            PartBody.md5Hex(source.read(part.offset(), Math.toIntExact(part.length()))));
                }
            }
            if (!current.equals(state)) {
                LOG.debug("platform holds parts {}, local record had {}", held.get(), state.completedParts().keySet());
                listener.onCheckpoint(current);
            }
        }
        return run(current, source, protocol, true);
    }

    private <R> R run(UploadState start, UploadSource source, UploadProtocol<R> protocol, boolean resumed) {
        UploadState state = start;
        for (int i = 0; i < state.partCount(); i++) {
            UploadPart part = state.part(i);
            if (state.completedParts().containsKey(part.number())) {
                continue;
            }
            try {
                PartBody body = new PartBody(source.read(part.offset(), Math.toIntExact(part.length())));
                PartReceipt receipt = protocol.sendPart(state.uploadId(), part, body);
                String mismatch = mismatch(part, body, Checks.notNull(receipt, "receipt"));
                if (mismatch != null) {
                    throw new UploadInterruptedException("part " + part.number() + " of " + part.count() + ": "
                            + mismatch, state, part, null);
                }
                state = state.withCompleted(part, body.md5Hex());
                LOG.debug("part {} of {} accepted ({} bytes)", part.number(), part.count(), part.length());
                listener.onCheckpoint(state);
                listener.onProgress(new UploadProgress(state.bytesDone(), state.totalBytes(), part,
                        state.completedParts().size(), resumed));
            } catch (UploadInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new UploadInterruptedException("part " + part.number() + " of " + part.count()
                        + " failed after " + state.completedParts().size() + " accepted parts: " + e.getMessage(),
                        state, part, e);
            }
        }
        try {
            return protocol.complete(state.uploadId(), state);
        } catch (RuntimeException e) {
            throw new UploadInterruptedException("completing the upload failed after all " + state.partCount()
                    + " parts were accepted: " + e.getMessage(), state, null, e);
        }
    }

    private static String mismatch(UploadPart part, PartBody body, PartReceipt receipt) {
        if (receipt.receivedBytes().isPresent() && receipt.receivedBytes().getAsLong() != part.length()) {
            return "the platform received " + receipt.receivedBytes().getAsLong() + " bytes, " + part.length() + " were sent";
        }
        if (receipt.md5Hex().isPresent() && !receipt.md5Hex().get().equals(body.md5Hex())) {
            return "the platform computed MD5 " + receipt.md5Hex().get() + ", the part sent has " + body.md5Hex();
        }
        return null;
    }
}
