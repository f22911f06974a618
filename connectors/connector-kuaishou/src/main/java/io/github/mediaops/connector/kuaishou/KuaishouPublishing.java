package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.JournalledPublish;
import io.github.mediaops.connector.support.upload.MultipartFiles;
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
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Publishing a short video: the variant is checked against the platform rules first (nothing is uploaded for a
 * variant Kuaishou would refuse), then {@code openapi/photo/start_upload} → the upload ({@link KuaishouUpload})
 * → {@code openapi/photo/publish} (multipart {@code caption}, {@code cover}) → {@code video_info.photo_id}.
 * Kuaishou processes the video after that ({@code pending}); {@link #refresh} reads {@code openapi/photo/info}
 * until it is live.
 *
 * <p>Idempotency: the ticket of a key is kept in the connector's idempotency store, so the same key never
 * publishes twice on any instance sharing the store. Progress is journalled under the same key (upload token,
 * whether fragments were sent, when the publish call left), so a publish interrupted during the upload resumes
 * it with the same upload token and sends only the missing fragments. Kuaishou takes no idempotency key, so a
 * publish whose answer was lost is never sent again: the connector looks for the video in the account's list
 * (the newest with the same caption created after the call left, so two keys publishing the same caption within
 * minutes of each other could be matched to the same video); found, it is the ticket's video; not found, the ticket stays
 * {@code PENDING} ({@code unconfirmed:<key>}) and each {@link #refresh} looks again, until
 * {@link #UNCONFIRMED_GRACE} has passed and the ticket fails with that reason.
 */
final class KuaishouPublishing implements Publishing {
    static final String START = "openapi/photo/start_upload";
    static final String PUBLISH = "openapi/photo/publish";
    static final String INFO = "openapi/photo/info";
    static final String UNCONFIRMED = JournalledPublish.UNCONFIRMED;
    /** How long a publish whose answer was lost is looked for in the account's videos before the ticket fails. */
    static final Duration UNCONFIRMED_GRACE = Duration.ofMinutes(30);
    /** How far Kuaishou's create_time may precede our clock's reading of when the publish left. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");
    /** The journal note holding the upload host {@code start_upload} named. */
    private static final String ENDPOINT = "endpoint";

    private final KuaishouApi api;
    private final String appId;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final KuaishouMetrics metrics;
    private final KuaishouUpload upload;
    private final ContentValidator validator;
    private final Confidence enforceFrom;
    private final JournalledPublish journal;

    KuaishouPublishing(KuaishouApi api, String appId, ConnectorRuntime runtime, UserTokens users, KuaishouMetrics metrics,
                       KuaishouUpload upload, RuleBook rules, Confidence enforceFrom) {
        this.api = api;
        this.appId = appId;
        this.runtime = runtime;
        this.users = users;
        this.metrics = metrics;
        this.upload = upload;
        this.validator = ContentValidator.of(rules);
        this.enforceFrom = enforceFrom;
        this.journal = new JournalledPublish(runtime, this::find, UNCONFIRMED_GRACE, CLOCK_SKEW,
                "the publish call's answer was lost and no video with its caption");
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        String openId = KuaishouConnector.openId(request.account());
        PublishInputs.refuseSchedule(request, KuaishouConnector.PLATFORM, "openapi/photo/publish publishes at once");
        ContentItem item = request.variant().content();
        PublishInputs.enforceRules(validator, item, KuaishouConnector.PLATFORM, enforceFrom, PUBLISH);
        MediaAsset asset = item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst()
                .orElseThrow(() -> new InvalidValueException("media", "a Kuaishou post needs a video"));
        Path video = PublishInputs.localFile(asset, "media");
        long size = PublishInputs.fileSize(video, asset, "media");
        TokenManager tokens = users.account(openId);
        return journal.publish(request.account(), request.idempotencyKey(),
                new JournalledPublish.Steps<KuaishouApi.PhotoAnswer>() {
                    @Override
                    public JournalledPublish.Journal open() {
                        KuaishouApi.StartUploadAnswer s = runtime.write(START, tokens, token -> api.startUpload(appId, token));
                        if (s == null) {
                            throw KuaishouConnector.WIRE.unexpected(START, "an empty answer");
                        }
                        return JournalledPublish.Journal.opened(
                                KuaishouConnector.WIRE.required(START, "upload_token", s.uploadToken()),
                                PublishInputs.caption(item), Map.of(ENDPOINT, endpoint(s.endpoint())));
                    }

                    @Override
                    public void upload(JournalledPublish.Journal j, Consumer<UploadState> checkpoint) {
                        UploadSource source = UploadSource.of(video);
                        if (upload.fragmented(size)) {
                            upload.fragments(Optional.ofNullable(j.state()), j.note(ENDPOINT), j.uploadToken(), source,
                                    checkpoint);
                        } else {
                            upload.direct(j.note(ENDPOINT), j.uploadToken(), source);
                        }
                    }

                    @Override
                    public KuaishouApi.PhotoAnswer send(JournalledPublish.Journal j) {
                        MultipartBody.Part cover = cover(item);
                        return runtime.create(PUBLISH, tokens, token -> api.publish(appId, token, j.uploadToken(),
                                RequestBody.create(j.match(), TEXT), cover));
                    }

                    @Override
                    public PublishTicket answered(AccountRef account, String key, KuaishouApi.PhotoAnswer a) {
                        if (a == null || a.videoInfo() == null) {
                            throw KuaishouConnector.WIRE.unexpected(PUBLISH, "an answer without video_info");
                        }
                        return ticket(account, key, a.videoInfo(), runtime.clock().instant());
                    }
                });
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        String openId = KuaishouConnector.openId(ticket.account());
        Instant now = runtime.clock().instant();
        Optional<PublishTicket> settled = journal.settled(ticket, now); // terminal, or a lost answer looked for again
        if (settled.isPresent()) {
            return settled.get();
        }
        KuaishouApi.PhotoAnswer a;
        try {
            a = runtime.read(INFO, users.account(openId), token -> api.photoInfo(appId, token, ticket.ticketId()));
        } catch (NotFoundException e) {
            return ticket.failed(PublishStatus.FAILED, "Kuaishou no longer has video " + ticket.ticketId() + ": "
                    + e.getMessage(), now);
        }
        if (a == null || a.videoInfo() == null) {
            throw KuaishouConnector.WIRE.unexpected(INFO, "an answer without video_info");
        }
        return ticket(ticket.account(), ticket.idempotencyKey(), a.videoInfo(), now);
    }

    /** The video of a publish whose answer was lost: the newest with the same caption, created after the call left. */
    private Optional<PublishTicket> find(AccountRef account, String key, JournalledPublish.Journal j, Instant notBefore,
                                         Instant now) {
        long after = notBefore.toEpochMilli();
        return metrics.photos(account.accountId()).stream()
                .filter(p -> j.match().equals(p.caption()) && p.createTime() != null && p.createTime() >= after)
                .findFirst()
                .map(p -> ticket(account, key, p, now));
    }

    static PublishTicket ticket(AccountRef account, String key, KuaishouApi.Photo p, Instant now) {
        String photoId = KuaishouConnector.WIRE.required(PUBLISH, "video_info.photo_id", p.photoId());
        PublishTicket pending = PublishTicket.pending(photoId, account, key, now);
        if (Boolean.TRUE.equals(p.pending()) || p.playUrl() == null || p.playUrl().isBlank()) {
            return pending;
        }
        URI url;
        try {
            url = URI.create(p.playUrl());
        } catch (IllegalArgumentException e) {
            throw KuaishouConnector.WIRE.unexpected(PUBLISH, "video_info.play_url is not a URL (was " + p.playUrl() + ")");
        }
        Instant at = p.createTime() == null ? now : Instant.ofEpochMilli(p.createTime());
        return pending.published(new Publication(account, photoId, url, at), now);
    }

    private static MultipartBody.Part cover(ContentItem item) {
        Optional<MediaAsset> cover = item.coverImage();
        if (cover.isEmpty()) {
            return null;
        }
        return MultipartFiles.part("cover", cover.get(), "cover");
    }

    static String endpoint(String endpoint) {
        String e = KuaishouConnector.WIRE.required(START, "endpoint", endpoint);
        if (!e.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw KuaishouConnector.WIRE.unexpected(START, "endpoint is not a host name (was " + e + ")");
        }
        return e;
    }
}
