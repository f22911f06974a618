package io.github.mediaops.connector.youtube;

import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Publishing a video: checks YouTube's documented limits before anything is sent, uploads with the resumable
 * protocol ({@link ResumableUpload}) and answers a {@code PENDING} ticket whose id is the video id; {@link #refresh}
 * reads {@code videos.list?part=status,snippet} until YouTube has processed the video. Once per idempotency key: the
 * ticket is kept in the idempotency store, and the session URI with the confirmed byte count is kept under the key
 * while the upload runs, so publishing again with the same key after a failure resumes the same session at the byte
 * YouTube confirms instead of starting over.
 */
final class YouTubePublishing implements Publishing {
    /** {@code snippet.title}: at most 100 characters, no {@code <} or {@code >} (videos resource). */
    static final int MAX_TITLE = 100;
    /** {@code snippet.description}: at most 5000 bytes, no {@code <} or {@code >} (videos resource). */
    static final int MAX_DESCRIPTION_BYTES = 5000;
    /** {@code snippet.tags}: at most 500 characters in all, commas between tags counted (videos resource). */
    static final int MAX_TAG_CHARS = 500;

    /** The session of an upload in progress, kept under the idempotency key; never printed. */
    record Journal(String session, long confirmed, long total) {
        @Override
        public String toString() {
            return "Journal[session=****, confirmed=" + confirmed + ", total=" + total + "]";
        }
    }

    private final YouTubeCalls calls;
    private final ResumableUpload upload;
    private final Privacy privacy;
    private final String categoryId;

    YouTubePublishing(YouTubeCalls calls, ResumableUpload upload, Privacy privacy, String categoryId) {
        this.calls = calls;
        this.upload = upload;
        this.privacy = privacy;
        this.categoryId = categoryId;
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        String channel = YouTubeConnector.channelId(request.account());
        ContentItem item = request.variant().content();
        String title = checked("title", item.title().strip(), MAX_TITLE, false);
        String description = checked("body", item.body().strip(), MAX_DESCRIPTION_BYTES, true);
        List<String> tags = item.hashtags();
        int tagChars = tags.stream().mapToInt(String::length).sum() + Math.max(0, tags.size() - 1);
        if (tagChars > MAX_TAG_CHARS) {
            throw new InvalidValueException("hashtags", "YouTube allows " + MAX_TAG_CHARS
                    + " characters of tags with their commas (was " + tagChars + ")");
        }
        MediaAsset video = item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst()
                .orElseThrow(() -> new InvalidValueException("media", "a YouTube upload needs a video asset"));
        Path file = PublishInputs.localFile(video, "media");
        long total = PublishInputs.fileSize(file, video, "media");
        if (total > ResumableUpload.MAX_FILE_BYTES) {
            throw new InvalidValueException("totalBytes", "YouTube accepts files up to 256 GB (was " + total + " bytes)");
        }
        Instant at = request.schedule().orElse(null);
        YouTubeApi.VideoInsert meta = new YouTubeApi.VideoInsert(
                new YouTubeApi.VideoInsertSnippet(title, description, tags.isEmpty() ? null : tags, categoryId),
                new YouTubeApi.VideoInsertStatus(at != null ? Privacy.PRIVATE.wire() : privacy.wire(),
                        at != null ? at.toString() : null, Boolean.FALSE));
        String key = request.idempotencyKey();
        return calls.runtime.once("publish", key, PublishTicket.class, () -> {
            YouTubeApi.Video done = null;
            Journal j = calls.runtime.recalled("upload", key, Journal.class).filter(x -> x.total() == total).orElse(null);
            long from = 0;
            if (j != null) {
                try {
                    ResumableUpload.Answer a = upload.status(channel, j.session(), total);
                    done = a.video();
                    from = a.next();
                } catch (NotFoundException expired) {
                    j = null; // the session expired (YouTube keeps one for a week): start a new one
                }
            }
            if (j == null) {
                String session = upload.start(channel, meta, total, video.mimeType());
                j = new Journal(session, 0, total);
                calls.runtime.remember("upload", key, j);
            }
            if (done == null) {
                String session = j.session();
                done = upload.send(channel, session, file, total, video.mimeType(), from,
                        confirmed -> calls.runtime.remember("upload", key, new Journal(session, confirmed, total)));
            }
            return ticket(PublishTicket.pending(done.id(), request.account(), key, calls.runtime.clock().instant()), done);
        });
    }

    private static String checked(String field, String value, int max, boolean bytes) {
        if (!bytes && value.isEmpty()) {
            throw new InvalidValueException(field, "a YouTube video needs a title");
        }
        int length = bytes ? value.getBytes(StandardCharsets.UTF_8).length : value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidValueException(field, field + " may have at most " + max + (bytes ? " bytes" : " characters")
                    + " on YouTube (was " + length + ")");
        }
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            throw new InvalidValueException(field, field + " may not contain < or > on YouTube");
        }
        return value;
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        if (ticket.status().terminal()) {
            return ticket;
        }
        String channel = YouTubeConnector.channelId(ticket.account());
        YouTubeApi.VideoList list = calls.read(YouTubeMetrics.VIDEOS, channel, YouTubeCalls.LIST,
                auth -> calls.api.videos(auth, "status,snippet", ticket.ticketId()));
        YouTubeApi.Video v = list.items() == null ? null : list.items().stream()
                .filter(x -> x != null && ticket.ticketId().equals(x.id())).findFirst().orElse(null);
        if (v == null) {
            return ticket.failed(PublishStatus.FAILED, "YouTube no longer lists video " + ticket.ticketId(),
                    calls.runtime.clock().instant());
        }
        return ticket(ticket, v);
    }

    private PublishTicket ticket(PublishTicket t, YouTubeApi.Video v) {
        Instant now = calls.runtime.clock().instant();
        String status = v.status() == null ? null : v.status().uploadStatus();
        if (status == null) {
            return t;
        }
        return switch (status) {
            case "processed" -> t.published(new Publication(t.account(), v.id(),
                    URI.create("https://www.youtube.com/watch?v=" + v.id()), publishedAt(v, now)), now);
            case "rejected" -> t.failed(PublishStatus.REJECTED, reason(v.status().rejectionReason(), "rejected"), now);
            case "failed" -> t.failed(PublishStatus.FAILED, reason(v.status().failureReason(), "failed"), now);
            case "deleted" -> t.failed(PublishStatus.FAILED, "deleted", now);
            default -> new PublishTicket(t.ticketId(), t.account(), t.idempotencyKey(), PublishStatus.PENDING, now, null, null);
        };
    }

    private static String reason(String r, String fallback) {
        return r == null || r.isBlank() ? fallback : r;
    }

    private static Instant publishedAt(YouTubeApi.Video v, Instant now) {
        String p = v.snippet() == null ? null : v.snippet().publishedAt();
        if (p == null) {
            return now;
        }
        try {
            return Instant.parse(p);
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
