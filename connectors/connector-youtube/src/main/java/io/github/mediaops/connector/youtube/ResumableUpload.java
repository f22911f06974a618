package io.github.mediaops.connector.youtube;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.RawCall;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.TransientPlatformException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google's resumable upload protocol for {@code videos.insert} ("YouTube Data API - Resumable Uploads",
 * https://developers.google.com/youtube/v3/guides/using_resumable_upload_protocol):
 * <ol>
 *   <li>{@code POST upload/youtube/v3/videos?uploadType=resumable&part=snippet,status} with the video resource and
 *   {@code X-Upload-Content-Length}/{@code -Type}; the session URI is the answer's {@code Location} header;</li>
 *   <li>{@code PUT <session>} with {@code Content-Range: bytes first-last/total}, in chunks that are multiples of
 *   256 KiB (the last may be shorter); {@code 308 Resume Incomplete} confirms the bytes received so far in its
 *   {@code Range: bytes=0-N} header, {@code 200}/{@code 201} answers the video resource;</li>
 *   <li>after a dropped connection or a 5xx, {@code PUT <session>} with {@code Content-Range: bytes *&#47;total} and
 *   no body asks what arrived: the upload continues at byte {@code N + 1} of the {@code Range} header, or at 0 when
 *   the 308 has no {@code Range} (nothing was kept). Bytes YouTube confirmed are never sent again.</li>
 * </ol>
 * A chunk is sent once by the runtime ({@code create}: never retried blindly); the resume above is the retry, at most
 * {@code maxResumes} times per upload.
 */
final class ResumableUpload {
    private static final Logger LOG = LoggerFactory.getLogger(ResumableUpload.class);
    /** Chunks are multiples of 256 KiB (the resumable protocol's rule). */
    static final long CHUNK_GRANULE = 256L * 1024;
    static final long DEFAULT_CHUNK_BYTES = 32 * CHUNK_GRANULE;
    static final int DEFAULT_MAX_RESUMES = 5;
    /** The largest file {@code videos.insert} accepts: 256 GB (videos.insert "Accepted Media MIME types"). */
    static final long MAX_FILE_BYTES = 256L * 1000 * 1000 * 1000;
    static final String START = "upload/youtube/v3/videos";
    static final String CHUNK = "upload/youtube/v3/videos (session PUT)";
    static final String STATUS = "upload/youtube/v3/videos (session status)";
    private static final Pattern RANGE = Pattern.compile("bytes=0-(\\d+)");

    /** What a session answered: done with the video, or the next byte it expects. */
    record Answer(YouTubeApi.Video video, long next) {
        boolean done() {
            return video != null;
        }
    }

    private final YouTubeCalls calls;
    private final long chunkBytes;
    private final int maxResumes;
    private final ObjectMapper json = Json.tolerantMapper();

    ResumableUpload(YouTubeCalls calls, long chunkBytes, int maxResumes) {
        this.calls = calls;
        this.chunkBytes = chunkBytes;
        this.maxResumes = maxResumes;
    }

    /** Opens a session ({@code videos.insert}: its own quota bucket); answers the session URI. */
    String start(String channel, YouTubeApi.VideoInsert video, long total, String mimeType) {
        return calls.write(START, channel, 0, true, auth -> RawCall.of(
                calls.api.startUpload(auth, "resumable", "snippet,status", total, mimeType, video),
                RawCall.NO_EXTRA_ANSWERS, (status, headers, body) -> YouTubeConnector.WIRE.required(START,
                        "the Location header (session URI)", headers.get("Location"))));
    }

    /**
     * Sends {@code file} to the session from {@code from} (0, or what {@link #status} confirmed) until YouTube answers
     * the video; {@code confirmed} hears every byte count YouTube confirmed (a host may persist it with the session).
     */
    YouTubeApi.Video send(String channel, String session, Path file, long total, String mimeType, long from,
                          LongConsumer confirmed) {
        long offset = from;
        int resumes = 0;
        MediaType type = MediaType.parse(mimeType);
        while (true) {
            if (offset >= total) {
                // everything arrived but the answer was lost: the status query returns the video
                Answer a = status(channel, session, total);
                if (a.done()) {
                    return a.video();
                }
                offset = a.next();
                continue;
            }
            long first = offset;
            long last = Math.min(offset + chunkBytes, total) - 1;
            byte[] bytes = read(file, first, last);
            Answer a;
            try {
                a = calls.create(CHUNK, channel, 0, auth -> RawCall.of(calls.api.putBytes(session, auth,
                                "bytes " + first + "-" + last + "/" + total, RequestBody.create(bytes, type)),
                        s -> s == 308, (s, h, b) -> answer(s, h.get("Range"), b, total)));
            } catch (AmbiguousOutcomeException | TransientPlatformException e) {
                if (++resumes > maxResumes) {
                    throw e;
                }
                LOG.debug("youtube upload: chunk {}-{} of {} failed ({}); asking the session what arrived", first, last,
                        total, e.getClass().getSimpleName());
                a = status(channel, session, total);
            }
            if (a.done()) {
                confirmed.accept(total);
                return a.video();
            }
            if (a.next() > last + 1) {
                throw YouTubeConnector.WIRE.unexpected(CHUNK, "the session confirmed bytes up to "
                        + (a.next() - 1) + " but only " + last + " were sent");
            }
            offset = a.next();
            confirmed.accept(offset);
        }
    }

    /** Asks the session which bytes it holds ({@code Content-Range: bytes *}{@code /total}, empty body). */
    Answer status(String channel, String session, long total) {
        return calls.write(STATUS, channel, 0, false, auth -> RawCall.of(calls.api.putBytes(session, auth,
                        "bytes */" + total, RequestBody.create(new byte[0], null)),
                s -> s == 308, (s, h, b) -> answer(s, h.get("Range"), b, total)));
    }

    private Answer answer(int status, String range, byte[] body, long total) {
        if (status == 200 || status == 201) {
            YouTubeApi.Video v;
            try {
                v = json.readValue(body, YouTubeApi.Video.class);
            } catch (IOException e) {
                throw YouTubeConnector.WIRE.unexpected(CHUNK, "the finished upload answered malformed JSON");
            }
            if (v == null || v.id() == null || v.id().isBlank()) {
                throw YouTubeConnector.WIRE.unexpected(CHUNK, "the finished upload answered no video id");
            }
            return new Answer(v, total);
        }
        if (status != 308) {
            throw YouTubeConnector.WIRE.unexpected(CHUNK, "unexpected status " + status);
        }
        if (range == null || range.isBlank()) {
            return new Answer(null, 0); // nothing kept: start again from byte 0
        }
        Matcher m = RANGE.matcher(range.trim());
        if (!m.matches()) {
            throw YouTubeConnector.WIRE.unexpected(CHUNK, "a Range header that is not bytes=0-N (was "
                    + range + ")");
        }
        long next = Long.parseLong(m.group(1)) + 1;
        if (next > total) {
            throw YouTubeConnector.WIRE.unexpected(CHUNK, "the session confirmed " + next
                    + " bytes of a " + total + "-byte file");
        }
        return new Answer(null, next);
    }

    private static byte[] read(Path file, long first, long last) {
        int n = Math.toIntExact(last - first + 1);
        byte[] out = new byte[n];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(first);
            f.readFully(out);
        } catch (IOException e) {
            throw new InvalidValueException("media.uri", "cannot read bytes " + first + "-" + last + " of "
                    + file.getFileName() + ": " + e.getMessage());
        }
        return out;
    }

    static boolean resumable(ConnectorException e) {
        return e instanceof AmbiguousOutcomeException || e instanceof TransientPlatformException;
    }
}
