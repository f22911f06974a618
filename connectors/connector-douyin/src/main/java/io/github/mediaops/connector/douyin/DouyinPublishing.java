package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.ChunkedUpload;
import io.github.mediaops.connector.support.upload.PartBody;
import io.github.mediaops.connector.support.upload.PartReceipt;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadPart;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.connector.support.upload.UploadProtocol;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.ValidationReport;
import io.github.mediaops.core.rules.Violation;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Publishing a short video (platform-apis-2.md §3.2): the variant is checked against core's Douyin rules
 * first (nothing is sent for a variant Douyin would refuse), the file is uploaded (in one call below the
 * minimum part size, else {@code init_video_part_upload} / {@code upload_video_part} /
 * {@code complete_video_part_upload} through {@link ChunkedUpload}), then {@code create_video} makes the
 * post, whose review Douyin finishes later ({@code video_data}'s {@code video_status}).
 *
 * <p>Never twice: the whole publish runs once per idempotency key in the connector's idempotency store;
 * the upload's {@link UploadState} and the uploaded {@code video_id} are kept there too, so a publish
 * repeated after a failure resumes the upload (finished parts are not sent again) or skips it. Before
 * {@code create_video} is sent, the connector records that it is about to send it; when its answer is lost
 * (or a later attempt finds that record) the account's video list is searched for a video with the same
 * caption created since then, and {@code create_video} is sent again only if none is there.
 */
final class DouyinPublishing implements Publishing {
    /** How far Douyin's {@code create_time} may lag our clock when matching a video whose creation answer was lost. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final MediaType MP4 = MediaType.get("video/mp4");
    private static final Map<String, Object> EMPTY = Map.of();

    private final DouyinApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final ContentValidator validator;
    private final PartRules parts;
    private final UploadListener defaultListener;

    /** What the idempotency store keeps of one publish. */
    record Entry(PublishTicket ticket, String text) {
    }

    /** Written just before create_video is sent: what to look for if its answer is lost. */
    record CreateSent(String videoId, String text, Instant sentAt) {
    }

    DouyinPublishing(DouyinApi api, ConnectorRuntime runtime, UserTokens users, ContentValidator validator, PartRules parts,
                     UploadListener defaultListener) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.validator = validator;
        this.parts = parts;
        this.defaultListener = defaultListener;
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        return publish(request, defaultListener);
    }

    PublishTicket publish(PublishRequest request, UploadListener listener) {
        Checks.notNull(request, "request");
        Checks.notNull(listener, "listener");
        String openId = DouyinConnector.openId(request.account());
        PublishInputs.refuseSchedule(request, Platform.DOUYIN, "create_video publishes at once");
        String key = request.idempotencyKey();
        Optional<Entry> done = runtime.recalled("publish", key, Entry.class);
        if (done.isPresent()) {
            return done.get().ticket();
        }
        ContentItem item = request.variant().content();
        Path file = check(item);
        String text = caption(item);
        String cover = coverUrl(item);
        return runtime.once("publish", key, Entry.class, () -> {
            TokenManager tokens = users.account(openId);
            String videoId = runtime.recalled("video", key, String.class)
                    .orElseGet(() -> upload(key, openId, tokens, file, listener));
            String itemId = create(key, openId, tokens, videoId, text, cover);
            return new Entry(PublishTicket.pending(itemId, request.account(), key, runtime.clock().instant()), text);
        }).ticket();
    }

    /** Core's rules for Douyin videos, and what this connector needs: one local video file. */
    private Path check(ContentItem item) {
        ValidationReport report = validator.validate(item, Platform.DOUYIN);
        if (!report.isValid()) {
            throw new ContentRejectedException("refused before upload by the Douyin rules",
                    ErrorDetails.builder(Platform.DOUYIN).operation("pre-publish check").build(),
                    report.violations().stream().map(Violation::message).toList());
        }
        List<MediaAsset> videos = item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).toList();
        if (videos.size() != 1) {
            throw new InvalidValueException("variant.content.media", "a Douyin video post needs exactly one VIDEO (was "
                    + videos.size() + ")");
        }
        URI uri = videos.get(0).uri();
        if (!"file".equals(uri.getScheme())) {
            throw new InvalidValueException("variant.content.media", "the video must be a local file: URI to upload (was "
                    + uri + ")");
        }
        Path file = Path.of(uri);
        parts.partBytes(UploadSource.of(file).size()); // over 4 GB fails here, before any byte is sent
        return file;
    }

    /** create_video's {@code text}: title, body, then the topics and mentions the body does not already carry. */
    static String caption(ContentItem item) {
        StringBuilder sb = new StringBuilder(item.title().strip());
        String body = item.body().strip();
        if (!body.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(body);
        }
        for (String tag : item.hashtags()) {
            if (!sb.toString().contains("#" + tag)) {
                sb.append(sb.length() == 0 ? "" : " ").append('#').append(tag);
            }
        }
        for (String who : item.mentions()) {
            if (!sb.toString().contains("@" + who)) {
                sb.append(sb.length() == 0 ? "" : " ").append('@').append(who);
            }
        }
        return sb.toString();
    }

    private static String coverUrl(ContentItem item) {
        if (item.coverImage().isEmpty()) {
            return null; // Douyin picks a frame
        }
        URI uri = item.coverImage().get().uri();
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new InvalidValueException("variant.content.cover", "a Douyin cover is sent as custom_cover_image_url and "
                    + "must be an http(s) URL Douyin can fetch (was " + uri + ")");
        }
        return uri.toString();
    }

    // ------------------------------------------------------------ upload

    private String upload(String key, String openId, TokenManager tokens, Path file, UploadListener listener) {
        UploadSource source = UploadSource.of(file);
        long size = source.size();
        String videoId;
        if (size < parts.minPartBytes()) {
            videoId = videoId("api/douyin/v1/video/upload_video", runtime.write("api/douyin/v1/video/upload_video", tokens,
                    t -> api.uploadVideo(t, openId, part(source.read(0, Math.toIntExact(size)), file))));
            UploadPart whole = new UploadPart(0, 1, 1, 0, size);
            listener.onProgress(new UploadProgress(size, size, whole, 1, false));
        } else {
            UploadListener keeping = new UploadListener() {
                @Override
                public void onProgress(UploadProgress progress) {
                    listener.onProgress(progress);
                }

                @Override
                public void onCheckpoint(UploadState state) {
                    runtime.remember("upload", key, state);
                    listener.onCheckpoint(state);
                }
            };
            ChunkedUpload chunked = ChunkedUpload.of(parts).withListener(keeping);
            Protocol protocol = new Protocol(openId, tokens, file);
            Optional<UploadState> earlier = runtime.recalled("upload", key, UploadState.class);
            videoId = earlier.isPresent() ? chunked.resume(earlier.get(), source, protocol) : chunked.upload(source, protocol);
        }
        runtime.remember("video", key, videoId);
        return videoId;
    }

    /** Douyin's three part-upload calls; a part sent twice replaces the first copy, so parts are idempotent writes. */
    private final class Protocol implements UploadProtocol<String> {
        private final String openId;
        private final TokenManager tokens;
        private final Path file;

        Protocol(String openId, TokenManager tokens, Path file) {
            this.openId = openId;
            this.tokens = tokens;
            this.file = file;
        }

        @Override
        public String begin(long totalBytes, int partCount) {
            String op = "api/douyin/v1/video/init_video_part_upload";
            DouyinApi.UploadEnvelope e = runtime.write(op, tokens, t -> api.initPartUpload(t, openId, EMPTY));
            if (e == null || e.data() == null || e.data().uploadId() == null || e.data().uploadId().isBlank()) {
                throw DouyinConnector.RESPONSES.unexpected(op, "an answer without upload_id");
            }
            return e.data().uploadId();
        }

        @Override
        public PartReceipt sendPart(String uploadId, UploadPart part, PartBody body) {
            runtime.write("api/douyin/v1/video/upload_video_part", tokens,
                    t -> api.uploadPart(t, openId, uploadId, part.number(), part(body.bytes(), file)));
            return PartReceipt.accepted(); // Douyin reports neither size nor checksum of a part
        }

        @Override
        public String complete(String uploadId, UploadState state) {
            return videoId("api/douyin/v1/video/complete_video_part_upload", runtime.write(
                    "api/douyin/v1/video/complete_video_part_upload", tokens,
                    t -> api.completePartUpload(t, openId, uploadId, EMPTY)));
        }
    }

    private static MultipartBody.Part part(byte[] bytes, Path file) {
        return MultipartBody.Part.createFormData("video", file.getFileName().toString(), RequestBody.create(bytes, MP4));
    }

    private static String videoId(String op, DouyinApi.UploadEnvelope e) {
        if (e == null || e.data() == null || e.data().video() == null || e.data().video().videoId() == null
                || e.data().video().videoId().isBlank()) {
            throw DouyinConnector.RESPONSES.unexpected(op, "an answer without video.video_id");
        }
        return e.data().video().videoId();
    }

    // ------------------------------------------------------------ create

    private String create(String key, String openId, TokenManager tokens, String videoId, String text, String cover) {
        Optional<CreateSent> sent = runtime.recalled("create-sent", key, CreateSent.class);
        if (sent.isPresent()) {
            Optional<String> found = findCreated(openId, tokens, sent.get());
            if (found.isPresent()) {
                return found.get();
            }
        }
        CreateSent now = new CreateSent(videoId, text, runtime.clock().instant());
        runtime.remember("create-sent", key, now);
        try {
            return createOnce(openId, tokens, videoId, text, cover);
        } catch (AmbiguousOutcomeException lost) {
            Optional<String> found = findCreated(openId, tokens, now);
            if (found.isPresent()) {
                return found.get();
            }
            return createOnce(openId, tokens, videoId, text, cover); // checked: the first one did not go through
        }
    }

    private String createOnce(String openId, TokenManager tokens, String videoId, String text, String cover) {
        String op = "api/douyin/v1/video/create_video";
        DouyinApi.CreateEnvelope e = runtime.create(op, tokens,
                t -> api.createVideo(t, openId, new DouyinApi.CreateVideo(videoId, text, cover)));
        if (e == null || e.data() == null || e.data().itemId() == null || e.data().itemId().isBlank()) {
            throw DouyinConnector.RESPONSES.unexpected(op, "an answer without item_id");
        }
        return e.data().itemId();
    }

    /** A video of the account with this caption, created since the create was sent (less the clock skew). */
    private Optional<String> findCreated(String openId, TokenManager tokens, CreateSent sent) {
        long since = sent.sentAt().minus(CLOCK_SKEW).getEpochSecond();
        return DouyinMetrics.videos(runtime, api, openId, tokens).stream()
                .filter(v -> sent.text().equals(v.title()) && v.createTime() != null && v.createTime() >= since)
                .map(DouyinApi.Video::itemId)
                .filter(id -> id != null && !id.isBlank())
                .findFirst();
    }

    // ------------------------------------------------------------ status

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        String openId = DouyinConnector.openId(ticket.account());
        if (ticket.status().terminal()) {
            return ticket;
        }
        String op = "api/douyin/v1/video/video_data";
        DouyinApi.VideoListEnvelope e = runtime.read(op, users.account(openId),
                t -> api.videoData(t, openId, new DouyinApi.ItemIds(List.of(ticket.ticketId()))));
        if (e == null || e.data() == null) {
            throw DouyinConnector.RESPONSES.unexpected(op, "a response without data");
        }
        Instant now = runtime.clock().instant();
        DouyinApi.Video v = e.data().list() == null ? null : e.data().list().stream()
                .filter(x -> ticket.ticketId().equals(x.itemId())).findFirst().orElse(null);
        PublishTicket next = v == null ? pending(ticket, now) : toTicket(ticket, v, now);
        Optional<Entry> entry = runtime.recalled("publish", ticket.idempotencyKey(), Entry.class);
        entry.ifPresent(x -> runtime.remember("publish", ticket.idempotencyKey(), new Entry(next, x.text())));
        return next;
    }

    /**
     * video_status (the official field description, as quoted by several public SDKs): 1 = published (refined as
     * 5, 6, 7), 2 = not suitable for public view, 4 = in review, 5 = public, 6 = friends only, 7 = private.
     */
    static PublishTicket toTicket(PublishTicket ticket, DouyinApi.Video v, Instant now) {
        int status = v.videoStatus() == null ? -1 : v.videoStatus();
        return switch (status) {
            case 1, 5, 6, 7 -> {
                if (v.shareUrl() == null || v.shareUrl().isBlank()) {
                    throw DouyinConnector.RESPONSES.unexpected("api/douyin/v1/video/video_data",
                            "video_status " + status + " without share_url");
                }
                Instant at = v.createTime() == null ? now : Instant.ofEpochSecond(v.createTime());
                yield ticket.published(new Publication(ticket.account(), v.itemId(), URI.create(v.shareUrl()), at), now);
            }
            case 2 -> ticket.failed(PublishStatus.REJECTED, "not suitable for public view (video_status 2)", now);
            case 4 -> pending(ticket, now);
            default -> throw DouyinConnector.RESPONSES.unexpected("api/douyin/v1/video/video_data", "unknown video_status " + status);
        };
    }

    private static PublishTicket pending(PublishTicket t, Instant now) {
        return new PublishTicket(t.ticketId(), t.account(), t.idempotencyKey(), PublishStatus.PENDING, now, null, null);
    }
}
