package io.github.mediaops.connector.bilibili;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.JournalledPublish;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Submitting a video archive (视频稿件投递, platform-apis-2.md §7.2): the variant is checked first (core's
 * {@code bilibili} rules and Bilibili's own limits; nothing is uploaded for a variant Bilibili would refuse), then
 * {@code video/init} → parts → {@code video/complete} ({@link BilibiliUpload}) → {@code archive/cover/upload}
 * (multipart {@code file} → cover URL) → {@code archive/add-by-utoken} (JSON {@code title, cover, tid, no_reprint,
 * desc, tag, copyright, source}) → {@code resource_id}, the BV id. The archive is then under review;
 * {@link #refresh} reads {@code archive/view} until {@code addit_info.state} is 0 (open: PUBLISHED, URL
 * {@code video_info.share_url}) or −2 (returned: REJECTED with {@code reject_reason}).
 *
 * <p>Limits enforced before upload: a local {@code file:} video whose size matches the asset, at most 4 GB; a title
 * of 1 to 80 characters (Bilibili's 123030 beyond); a JPEG or PNG cover of at most 5 MB and at least 960×600;
 * the configured partition; no schedule (the submission has no publish time).
 *
 * <p>Never submitted twice: the ticket of a key is kept in the connector's idempotency store. Progress is
 * journalled under the same key (upload token, the resumable {@link UploadState} after every part, merge done,
 * cover URL, when the submission left), so publishing again with the key after an interruption resumes where it
 * stopped and sends only the parts not yet accepted. Bilibili takes no idempotency key, so a submission whose
 * answer was lost is never sent again: the connector looks for an archive with the same title created after the
 * call left ({@code archive/viewlist}); until it appears the ticket stays {@code PENDING}
 * ({@code unconfirmed:<key>}) and fails after {@link #UNCONFIRMED_GRACE}.
 */
final class BilibiliPublishing implements Publishing {
    static final String COVER = "arcopen/fn/archive/cover/upload";
    static final String SUBMIT = "arcopen/fn/archive/add-by-utoken";
    static final String VIEW = "arcopen/fn/archive/view";
    static final String UNCONFIRMED = JournalledPublish.UNCONFIRMED;
    /** Bilibili's limit on a title (error 123030: "稿件标题过长,已经超过80个字符"). */
    static final int MAX_TITLE_CODEPOINTS = 80;
    /** Bilibili's limits on a cover (封面上传: jpeg/png, ≤ 5 MB, at least 960×600). */
    static final long MAX_COVER_BYTES = 5L * 1024 * 1024;
    static final int MIN_COVER_WIDTH = 960;
    static final int MIN_COVER_HEIGHT = 600;
    static final Set<String> COVER_TYPES = Set.of("image/jpeg", "image/png");
    /** How long a submission whose answer was lost is looked for before the ticket fails. */
    static final Duration UNCONFIRMED_GRACE = Duration.ofMinutes(30);
    /** How far Bilibili's {@code ctime} may precede our clock's reading of when the submission left. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final MediaType JSON = MediaType.get("application/json");
    /** The journal note holding the uploaded cover's URL. */
    private static final String COVER_URL = "coverUrl";

    private final BilibiliApi api;
    private final String clientId;
    private final BilibiliSigner signer;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final BilibiliMetrics metrics;
    private final BilibiliUpload upload;
    private final ContentValidator validator;
    private final Confidence enforceFrom;
    private final Integer partition;
    private final JournalledPublish journal;

    BilibiliPublishing(BilibiliApi api, String clientId, BilibiliSigner signer, ConnectorRuntime runtime, UserTokens users,
                       BilibiliMetrics metrics, BilibiliUpload upload, RuleBook rules, Confidence enforceFrom,
                       Integer partition) {
        this.api = api;
        this.clientId = clientId;
        this.signer = signer;
        this.runtime = runtime;
        this.users = users;
        this.metrics = metrics;
        this.upload = upload;
        this.validator = ContentValidator.of(rules);
        this.enforceFrom = enforceFrom;
        this.partition = partition;
        this.journal = new JournalledPublish(runtime, this::find, UNCONFIRMED_GRACE, CLOCK_SKEW,
                "the submission's answer was lost and no archive with its title");
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        String openId = BilibiliConnector.openId(request.account());
        PublishInputs.refuseSchedule(request, BilibiliConnector.PLATFORM, "add-by-utoken submits at once");
        if (partition == null) {
            throw new InvalidValueException("partition",
                    "no partition (tid) configured: set BilibiliConnector.Builder.partition(tid) from Bilibili's 分区查询");
        }
        ContentItem item = request.variant().content();
        PublishInputs.enforceRules(validator, item, BilibiliConnector.PLATFORM, enforceFrom, SUBMIT);
        String title = title(item);
        MediaAsset video = video(item);
        Path file = PublishInputs.localFile(video, "media");
        long size = PublishInputs.fileSize(file, video, "media");
        upload.rules().partBytes(size); // refuses a file over 4 GB before anything is sent
        MediaAsset cover = cover(item);
        TokenManager tokens = users.account(openId);
        return journal.publish(request.account(), request.idempotencyKey(),
                new JournalledPublish.Steps<BilibiliApi.Envelope<BilibiliApi.ResourceId>>() {
                    @Override
                    public JournalledPublish.Journal open() {
                        return JournalledPublish.Journal.opened(upload.init(tokens, clientId,
                                file.getFileName().toString()), title, Map.of());
                    }

                    @Override
                    public void upload(JournalledPublish.Journal j, Consumer<UploadState> checkpoint) {
                        upload.upload(Optional.ofNullable(j.state()), j.uploadToken(), UploadSource.of(file), checkpoint);
                    }

                    @Override
                    public JournalledPublish.Journal prepare(JournalledPublish.Journal j) {
                        return j.note(COVER_URL) != null ? j : j.withNote(COVER_URL, uploadCover(tokens, cover));
                    }

                    @Override
                    public BilibiliApi.Envelope<BilibiliApi.ResourceId> send(JournalledPublish.Journal j) {
                        byte[] body = BilibiliUpload.json(new BilibiliApi.Submission(j.match(), j.note(COVER_URL),
                                partition, 1, item.body().strip(), String.join(",", item.hashtags()), 1, ""));
                        return runtime.create(SUBMIT, tokens, token -> api.submit(signer.headers(body, token), clientId,
                                token, j.uploadToken(), RequestBody.create(body, JSON)));
                    }

                    @Override
                    public PublishTicket answered(AccountRef account, String key,
                                                  BilibiliApi.Envelope<BilibiliApi.ResourceId> e) {
                        if (e == null || e.data() == null) {
                            throw BilibiliConnector.WIRE.unexpected(SUBMIT, "an answer without data");
                        }
                        String bv = BilibiliConnector.WIRE.required(SUBMIT, "data.resource_id",
                                e.data().resourceId());
                        return PublishTicket.pending(bv, account, key, runtime.clock().instant());
                    }
                });
    }

    private String uploadCover(TokenManager tokens, MediaAsset cover) {
        Path file = PublishInputs.localFile(cover, "cover");
        byte[] bytes = PublishInputs.readAll(file, "cover.uri");
        MultipartBody multipart = new MultipartBody.Builder("bilibili-cover-" + Integer.toHexString(bytes.length))
                .setType(MultipartBody.FORM)
                .addFormDataPart("file", file.getFileName().toString(), RequestBody.create(bytes, MediaType.get(cover.mimeType())))
                .build();
        Buffer buffer = new Buffer();
        try {
            multipart.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = buffer.readByteArray();
        MediaType type = multipart.contentType();
        BilibiliApi.Envelope<BilibiliApi.CoverUrl> e = runtime.write(COVER, tokens,
                token -> api.cover(signer.headers(body, token), clientId, token, RequestBody.create(body, type)));
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(COVER, "an answer without data");
        }
        return BilibiliConnector.WIRE.required(COVER, "data.url", e.data().url());
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        String openId = BilibiliConnector.openId(ticket.account());
        Instant now = runtime.clock().instant();
        Optional<PublishTicket> settled = journal.settled(ticket, now); // terminal, or a lost answer looked for again
        if (settled.isPresent()) {
            return settled.get();
        }
        BilibiliApi.Envelope<BilibiliApi.Archive> e;
        try {
            e = runtime.read(VIEW, users.account(openId), token -> api.view(signer.headers(new byte[0], token), clientId,
                    token, ticket.ticketId()));
        } catch (NotFoundException gone) {
            return ticket.failed(PublishStatus.FAILED, "Bilibili no longer has archive " + ticket.ticketId() + ": "
                    + gone.getMessage(), now);
        }
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(VIEW, "an answer without data");
        }
        if (!ticket.ticketId().equals(e.data().resourceId())) {
            throw BilibiliConnector.WIRE.unexpected(VIEW, "an answer about another archive (asked " + ticket.ticketId()
                    + ", got " + e.data().resourceId() + ")");
        }
        return ticket(ticket.account(), ticket.idempotencyKey(), e.data(), now);
    }

    /** The ticket an archive's review state gives: 0 open (published), −2 returned (rejected), else pending. */
    static PublishTicket ticket(AccountRef account, String key, BilibiliApi.Archive a, Instant now) {
        String bv = BilibiliConnector.WIRE.required(VIEW, "data.resource_id", a.resourceId());
        PublishTicket pending = PublishTicket.pending(bv, account, key, now);
        Integer state = a.additInfo() == null ? null : a.additInfo().state();
        if (state == null) {
            throw BilibiliConnector.WIRE.unexpected(VIEW, "an answer without addit_info.state");
        }
        if (state == -2) {
            String reason = a.additInfo().rejectReason();
            return pending.failed(PublishStatus.REJECTED, reason == null || reason.isBlank() ? "returned by Bilibili's review"
                    : reason, now);
        }
        if (state != 0) {
            return pending;
        }
        String share = a.videoInfo() == null ? null : a.videoInfo().shareUrl();
        URI url;
        try {
            url = URI.create(share == null || share.isBlank() ? "https://www.bilibili.com/video/" + bv : share);
        } catch (IllegalArgumentException bad) {
            throw BilibiliConnector.WIRE.unexpected(VIEW, "video_info.share_url is not a URL (was " + share + ")");
        }
        Long ptime = a.ptime() != null && a.ptime() > 0 ? a.ptime() : a.ctime();
        Instant at = ptime == null ? now : Instant.ofEpochSecond(ptime);
        return pending.published(new Publication(account, bv, url, at), now);
    }

    /** The archive of a submission whose answer was lost: same title, created after the call left. */
    private Optional<PublishTicket> find(AccountRef account, String key, JournalledPublish.Journal j, Instant notBefore,
                                         Instant now) {
        long after = notBefore.getEpochSecond();
        return metrics.archives(account.accountId()).stream()
                .filter(a -> j.match().equals(a.title()) && a.ctime() != null && a.ctime() >= after)
                .findFirst()
                .map(a -> a.additInfo() == null ? PublishTicket.pending(a.resourceId(), account, key, now)
                        : ticket(account, key, a, now));
    }

    static String title(ContentItem item) {
        String t = item.title().strip();
        int n = t.codePointCount(0, t.length());
        if (n == 0 || n > MAX_TITLE_CODEPOINTS) {
            throw new InvalidValueException("title", "a Bilibili title needs 1 to " + MAX_TITLE_CODEPOINTS
                    + " characters (was " + n + ")");
        }
        return t;
    }

    private static MediaAsset video(ContentItem item) {
        return item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst()
                .orElseThrow(() -> new InvalidValueException("media", "a Bilibili archive needs a video"));
    }

    static MediaAsset cover(ContentItem item) {
        MediaAsset c = item.coverImage()
                .orElseThrow(() -> new InvalidValueException("cover", "a Bilibili archive needs a cover image"));
        if (!COVER_TYPES.contains(c.mimeType())) {
            throw new InvalidValueException("cover.mimeType", "a Bilibili cover must be image/jpeg or image/png (was "
                    + c.mimeType() + ")");
        }
        if (c.bytes() > MAX_COVER_BYTES) {
            throw new InvalidValueException("cover.bytes", "a Bilibili cover may have at most " + MAX_COVER_BYTES
                    + " bytes (was " + c.bytes() + ")");
        }
        if (c.width() < MIN_COVER_WIDTH || c.height() < MIN_COVER_HEIGHT) {
            throw new InvalidValueException("cover", "a Bilibili cover needs at least " + MIN_COVER_WIDTH + "x"
                    + MIN_COVER_HEIGHT + " pixels (was " + c.width() + "x" + c.height() + ")");
        }
        PublishInputs.localFile(c, "cover");
        return c;
    }
}
