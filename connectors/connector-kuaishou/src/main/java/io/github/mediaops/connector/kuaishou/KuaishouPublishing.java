package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.support.upload.UploadInterruptedException;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
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
import java.util.List;
import java.util.Optional;
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
    static final String UNCONFIRMED = "unconfirmed:";
    /** How long a publish whose answer was lost is looked for in the account's videos before the ticket fails. */
    static final Duration UNCONFIRMED_GRACE = Duration.ofMinutes(30);
    /** How far Kuaishou's create_time may precede our clock's reading of when the publish left. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String TICKETS = "publish";
    private static final String JOURNAL = "publish-journal";
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    /**
     * What is remembered of one publish while it runs, under its idempotency key: the upload session, the
     * fragmented upload's resumable state (null for a direct upload or before the first checkpoint), whether the
     * file is on the gateway, the caption, and when the publish call left.
     */
    record Journal(String uploadToken, String endpoint, UploadState state, boolean uploaded, String caption,
                   Instant publishSentAt) {
        Journal with(UploadState s) {
            return new Journal(uploadToken, endpoint, s, uploaded, caption, publishSentAt);
        }

        Journal uploadedNow() {
            return new Journal(uploadToken, endpoint, state, true, caption, publishSentAt);
        }

        Journal sent(Instant at) {
            return new Journal(uploadToken, endpoint, state, uploaded, caption, at);
        }

        /** Never shows the upload token, which lets anyone write to the upload session. */
        @Override
        public String toString() {
            return "Journal[uploadToken=****, endpoint=" + endpoint + ", state=" + state + ", uploaded=" + uploaded
                    + ", publishSentAt=" + publishSentAt + "]";
        }
    }

    private final KuaishouApi api;
    private final String appId;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final KuaishouMetrics metrics;
    private final KuaishouUpload upload;
    private final ContentValidator validator;
    private final Confidence enforceFrom;

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
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        String openId = KuaishouConnector.openId(request.account());
        if (request.schedule().isPresent()) {
            throw new UnsupportedCapabilityException(KuaishouConnector.PLATFORM, Capability.PUBLISH,
                    "scheduled publishing (openapi/photo/publish publishes at once; call publish at the scheduled time)");
        }
        ContentItem item = request.variant().content();
        PublishInputs.enforceRules(validator, item, KuaishouConnector.PLATFORM, enforceFrom, PUBLISH);
        MediaAsset asset = item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst()
                .orElseThrow(() -> new InvalidValueException("media", "a Kuaishou post needs a video"));
        Path video = PublishInputs.localFile(asset, "media");
        long size = PublishInputs.fileSize(video, asset, "media");
        String key = request.idempotencyKey();
        return runtime.once(TICKETS, key, PublishTicket.class, () -> {
            TokenManager tokens = users.account(openId);
            Journal j = runtime.recalled(JOURNAL, key, Journal.class).orElse(null);
            if (j != null && j.publishSentAt() != null) {
                return reconcile(request.account(), key, j); // an earlier attempt sent the publish: never again
            }
            if (j == null) {
                KuaishouApi.StartUploadAnswer s = runtime.write(START, tokens, token -> api.startUpload(appId, token));
                if (s == null) {
                    throw KuaishouConnector.unexpected(START, "an empty answer");
                }
                j = new Journal(WireValues.required(KuaishouConnector.PLATFORM, START, "upload_token", s.uploadToken()),
                        endpoint(s.endpoint()), null, false, PublishInputs.caption(item), null);
                runtime.remember(JOURNAL, key, j);
            }
            if (!j.uploaded()) {
                UploadSource source = UploadSource.of(video);
                if (upload.fragmented(size)) {
                    Journal base = j;
                    try {
                        upload.fragments(Optional.ofNullable(j.state()), j.endpoint(), j.uploadToken(), source,
                                s -> runtime.remember(JOURNAL, key, base.with(s)));
                    } catch (UploadInterruptedException e) {
                        // the journal holds the state: publishing again with this key resumes the upload
                        throw e.getCause() instanceof ConnectorException ce ? ce : e;
                    }
                } else {
                    upload.direct(j.endpoint(), j.uploadToken(), source);
                }
                j = j.uploadedNow();
                runtime.remember(JOURNAL, key, j);
            }
            return publishOnce(request.account(), key, j, tokens, cover(item));
        });
    }

    private PublishTicket publishOnce(AccountRef account, String key, Journal j, TokenManager tokens,
                                      MultipartBody.Part cover) {
        Instant sent = runtime.clock().instant();
        runtime.remember(JOURNAL, key, j.sent(sent));
        KuaishouApi.PhotoAnswer a;
        try {
            a = runtime.create(PUBLISH, tokens, token -> api.publish(appId, token, j.uploadToken(),
                    RequestBody.create(j.caption(), TEXT), cover));
        } catch (AmbiguousOutcomeException lost) {
            return reconcile(account, key, j.sent(sent));
        } catch (ContentRejectedException refused) {
            return PublishTicket.pending("refused:" + key, account, key, sent)
                    .failed(PublishStatus.REJECTED, refused.getMessage(), runtime.clock().instant());
        } catch (RuntimeException definite) {
            runtime.remember(JOURNAL, key, j); // Kuaishou answered: the publish did not happen, a retry may send it
            throw definite;
        }
        if (a == null || a.videoInfo() == null) {
            throw KuaishouConnector.unexpected(PUBLISH, "an answer without video_info");
        }
        return ticket(account, key, a.videoInfo(), runtime.clock().instant());
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        String openId = KuaishouConnector.openId(ticket.account());
        if (ticket.status().terminal()) {
            return ticket;
        }
        Instant now = runtime.clock().instant();
        if (ticket.ticketId().startsWith(UNCONFIRMED)) {
            Journal j = runtime.recalled(JOURNAL, ticket.idempotencyKey(), Journal.class).orElse(null);
            if (j == null || j.publishSentAt() == null) {
                return ticket.failed(PublishStatus.FAILED, "the publish journal of this key has expired; the outcome is unknown",
                        now);
            }
            return reconcile(ticket.account(), ticket.idempotencyKey(), j);
        }
        KuaishouApi.PhotoAnswer a;
        try {
            a = runtime.read(INFO, users.account(openId), token -> api.photoInfo(appId, token, ticket.ticketId()));
        } catch (NotFoundException e) {
            return ticket.failed(PublishStatus.FAILED, "Kuaishou no longer has video " + ticket.ticketId() + ": "
                    + e.getMessage(), now);
        }
        if (a == null || a.videoInfo() == null) {
            throw KuaishouConnector.unexpected(INFO, "an answer without video_info");
        }
        return ticket(ticket.account(), ticket.idempotencyKey(), a.videoInfo(), now);
    }

    /** Looks for the video of a publish whose answer was lost; never publishes again. */
    private PublishTicket reconcile(AccountRef account, String key, Journal j) {
        Instant now = runtime.clock().instant();
        long after = j.publishSentAt().minus(CLOCK_SKEW).toEpochMilli();
        Optional<KuaishouApi.Photo> found = metrics.photos(account.accountId()).stream()
                .filter(p -> j.caption().equals(p.caption()) && p.createTime() != null && p.createTime() >= after)
                .findFirst();
        if (found.isPresent()) {
            PublishTicket t = ticket(account, key, found.get(), now);
            runtime.remember(TICKETS, key, t);
            return t;
        }
        PublishTicket pending = PublishTicket.pending(UNCONFIRMED + key, account, key, now);
        if (!now.isBefore(j.publishSentAt().plus(UNCONFIRMED_GRACE))) {
            return pending.failed(PublishStatus.FAILED, "the publish call's answer was lost and no video with its caption "
                    + "appeared within " + UNCONFIRMED_GRACE.toMinutes() + " minutes", now);
        }
        return pending;
    }

    static PublishTicket ticket(AccountRef account, String key, KuaishouApi.Photo p, Instant now) {
        String photoId = WireValues.required(KuaishouConnector.PLATFORM, PUBLISH, "video_info.photo_id", p.photoId());
        PublishTicket pending = PublishTicket.pending(photoId, account, key, now);
        if (Boolean.TRUE.equals(p.pending()) || p.playUrl() == null || p.playUrl().isBlank()) {
            return pending;
        }
        URI url;
        try {
            url = URI.create(p.playUrl());
        } catch (IllegalArgumentException e) {
            throw KuaishouConnector.unexpected(PUBLISH, "video_info.play_url is not a URL (was " + p.playUrl() + ")");
        }
        Instant at = p.createTime() == null ? now : Instant.ofEpochMilli(p.createTime());
        return pending.published(new Publication(account, photoId, url, at), now);
    }

    private static MultipartBody.Part cover(ContentItem item) {
        Optional<MediaAsset> cover = item.coverImage();
        if (cover.isEmpty()) {
            return null;
        }
        Path file = PublishInputs.localFile(cover.get(), "cover");
        byte[] bytes = PublishInputs.readAll(file, "cover.uri");
        return MultipartBody.Part.createFormData("cover", file.getFileName().toString(),
                RequestBody.create(bytes, MediaType.parse(cover.get().mimeType())));
    }

    static String endpoint(String endpoint) {
        String e = WireValues.required(KuaishouConnector.PLATFORM, START, "endpoint", endpoint);
        if (!e.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw KuaishouConnector.unexpected(START, "endpoint is not a host name (was " + e + ")");
        }
        return e;
    }
}
