package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.support.upload.UploadInterruptedException;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ErrorDetails;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing a video through the Content Posting API: the variant is checked against the platform rules, then
 * {@code creator_info/query} (the creator's privacy options, interaction switches and longest video; a privacy level
 * the creator does not offer is refused with {@link PrivacyLevelNotOfferedException} and a video longer than allowed
 * with {@link InvalidValueException}, before anything is uploaded), then the init call ({@code video/init} for a
 * direct post, {@code inbox/video/init} for an upload to the creator's inbox) with {@code source=FILE_UPLOAD} and the
 * chunk plan, then the chunks ({@link TikTokUpload}). The ticket's id is the {@code publish_id}; {@link #refresh}
 * reads {@code status/fetch} until TikTok reports {@code PUBLISH_COMPLETE} or {@code FAILED}.
 *
 * <p>Idempotency: the ticket of a key is kept in the connector's idempotency store, so the same key never publishes
 * twice on any instance sharing the store. The init's answer (publish id, upload URL), the creator's username and
 * the upload's resumable state are journalled under the key, so publishing again after an interrupted upload resumes
 * it without sending accepted chunks again. An init whose answer was lost is not retried by the runtime; sending it
 * again (publishing again with the same key) is safe: TikTok posts nothing until every chunk of an upload arrived,
 * and an upload URL nobody used expires after an hour.
 */
final class TikTokPublishing implements Publishing {
    static final String CREATOR_INFO = "v2/post/publish/creator_info/query";
    static final String DIRECT_INIT = "v2/post/publish/video/init";
    static final String INBOX_INIT = "v2/post/publish/inbox/video/init";
    static final String STATUS = "v2/post/publish/status/fetch";
    private static final String TICKETS = "publish";
    private static final String JOURNAL = "publish-journal";
    private static final String INDEX = "publish-id";

    /**
     * What is remembered of one publish under its idempotency key: the publish id and upload URL of the init, the
     * creator's username (for the post's URL), the mode and privacy level, and the upload's state (null before the
     * first checkpoint), and whether every chunk arrived.
     */
    record Journal(String publishId, String uploadUrl, String username, PostMode mode, PrivacyLevel privacyLevel,
                   UploadState state, boolean uploaded) {
        Journal with(UploadState s) {
            return new Journal(publishId, uploadUrl, username, mode, privacyLevel, s, uploaded);
        }

        Journal uploadedNow() {
            return new Journal(publishId, uploadUrl, username, mode, privacyLevel, state, true);
        }

        /** Never shows the upload URL, whose upload token lets anyone write to the upload. */
        @Override
        public String toString() {
            return "Journal[publishId=" + publishId + ", uploadUrl=****, mode=" + mode + ", privacyLevel=" + privacyLevel
                    + ", state=" + state + ", uploaded=" + uploaded + "]";
        }
    }

    private final TikTokApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final TikTokUpload upload;
    private final TikTokPostSettings defaults;
    private final ContentValidator validator;
    private final Confidence enforceFrom;

    TikTokPublishing(TikTokApi api, ConnectorRuntime runtime, UserTokens users, TikTokUpload upload,
                     TikTokPostSettings defaults, RuleBook rules, Confidence enforceFrom) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.upload = upload;
        this.defaults = defaults;
        this.validator = ContentValidator.of(rules);
        this.enforceFrom = enforceFrom;
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        return publish(request, defaults);
    }

    PublishTicket publish(PublishRequest request, TikTokPostSettings settings) {
        Checks.notNull(request, "request");
        String openId = TikTokConnector.openId(request.account());
        PublishInputs.refuseSchedule(request, TikTokConnector.PLATFORM, "the Content Posting API posts at once");
        ContentItem item = request.variant().content();
        String init = settings.mode() == PostMode.DIRECT_POST ? DIRECT_INIT : INBOX_INIT;
        PublishInputs.enforceRules(validator, item, TikTokConnector.PLATFORM, enforceFrom, init);
        MediaAsset asset = item.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst()
                .orElseThrow(() -> new InvalidValueException("media", "a TikTok post needs a video"));
        Path video = PublishInputs.localFile(asset, "media");
        long size = PublishInputs.fileSize(video, asset, "media");
        TikTokUpload.Plan plan = upload.plan(size); // a video TikTok would not take fails here, before any call
        String key = request.idempotencyKey();
        return runtime.once(TICKETS, key, PublishTicket.class, () -> {
            TokenManager tokens = users.account(openId);
            Journal j = runtime.recalled(JOURNAL, key, Journal.class).orElse(null);
            if (j == null) {
                CreatorInfo creator = creatorInfo(openId);
                check(settings, creator, asset);
                j = init(tokens, init, settings, creator, item, plan);
                runtime.remember(JOURNAL, key, j);
                runtime.remember(INDEX, j.publishId(), key);
            }
            if (!j.uploaded()) {
                Journal base = j;
                try {
                    upload.send(Optional.ofNullable(j.state()), j.uploadUrl(), asset.mimeType(), UploadSource.of(video),
                            s -> runtime.remember(JOURNAL, key, base.with(s)));
                } catch (UploadInterruptedException e) {
                    // the journal holds the state: publishing again with this key resumes the upload
                    throw e.getCause() instanceof ConnectorException ce ? ce : e;
                }
                j = runtime.recalled(JOURNAL, key, Journal.class).orElse(j).uploadedNow();
                runtime.remember(JOURNAL, key, j);
            }
            return PublishTicket.pending(j.publishId(), request.account(), key, runtime.clock().instant());
        });
    }

    /** The token manager of an account (replay tests call {@link #init} with it). */
    TokenManager tokens(String openId) {
        return users.account(openId);
    }

    CreatorInfo creatorInfo(String openId) {
        TikTokApi.Envelope<TikTokApi.CreatorInfoData> a = runtime.read(CREATOR_INFO, users.account(openId),
                token -> api.creatorInfo(TikTokConnector.bearer(token), Map.of()));
        if (a == null || a.data() == null) {
            throw TikTokConnector.WIRE.unexpected(CREATOR_INFO, "an answer without data");
        }
        TikTokApi.CreatorInfoData d = a.data();
        Set<PrivacyLevel> levels = EnumSet.noneOf(PrivacyLevel.class);
        for (String option : d.privacyLevelOptions() == null ? List.<String>of() : d.privacyLevelOptions()) {
            for (PrivacyLevel p : PrivacyLevel.values()) {
                if (p.name().equals(option)) {
                    levels.add(p);
                }
            }
        }
        long maxSeconds = TikTokConnector.WIRE.positiveSeconds(CREATOR_INFO,
                "max_video_post_duration_sec", d.maxVideoPostDurationSec());
        return new CreatorInfo(d.creatorUsername() == null ? "" : d.creatorUsername(),
                d.creatorNickname() == null ? "" : d.creatorNickname(), levels, Boolean.TRUE.equals(d.commentDisabled()),
                Boolean.TRUE.equals(d.duetDisabled()), Boolean.TRUE.equals(d.stitchDisabled()),
                Duration.ofSeconds(maxSeconds));
    }

    static void check(TikTokPostSettings settings, CreatorInfo creator, MediaAsset asset) {
        if (settings.mode() == PostMode.DIRECT_POST && !creator.privacyLevels().contains(settings.privacyLevel())) {
            throw new PrivacyLevelNotOfferedException(settings.privacyLevel(), creator.privacyLevels(),
                    ErrorDetails.builder(TikTokConnector.PLATFORM).operation(CREATOR_INFO).build());
        }
        if (asset.duration() != null && asset.duration().compareTo(creator.maxVideoDuration()) > 0) {
            throw new InvalidValueException("media.duration", "the video lasts " + asset.duration().toSeconds()
                    + " s but this creator may post at most " + creator.maxVideoDuration().toSeconds() + " s");
        }
    }

    Journal init(TokenManager tokens, String op, TikTokPostSettings settings, CreatorInfo creator,
                         ContentItem item, TikTokUpload.Plan plan) {
        TikTokApi.SourceInfo source = new TikTokApi.SourceInfo("FILE_UPLOAD", plan.videoSize(), plan.chunkSize(),
                plan.chunkCount());
        TikTokApi.Envelope<TikTokApi.InitData> a;
        if (settings.mode() == PostMode.DIRECT_POST) {
            // an interaction the creator turned off in their settings cannot be turned on by the post
            TikTokApi.PostInfo post = new TikTokApi.PostInfo(PublishInputs.caption(item), settings.privacyLevel().name(),
                    settings.disableDuet() || creator.duetDisabled(), settings.disableComment() || creator.commentDisabled(),
                    settings.disableStitch() || creator.stitchDisabled(), settings.coverTimestampMs());
            a = runtime.create(op, tokens, token -> api.directPostInit(TikTokConnector.bearer(token),
                    new TikTokApi.DirectPostInit(post, source)));
        } else {
            a = runtime.create(op, tokens, token -> api.inboxInit(TikTokConnector.bearer(token),
                    new TikTokApi.InboxInit(source)));
        }
        if (a == null || a.data() == null) {
            throw TikTokConnector.WIRE.unexpected(op, "an answer without data");
        }
        String publishId = TikTokConnector.WIRE.required(op, "data.publish_id", a.data().publishId());
        String uploadUrl = TikTokConnector.WIRE.required(op, "data.upload_url", a.data().uploadUrl());
        return new Journal(publishId, uploadUrl, creator.username(), settings.mode(), settings.privacyLevel(), null, false);
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        String openId = TikTokConnector.openId(ticket.account());
        if (ticket.status().terminal()) {
            return ticket;
        }
        TikTokApi.Envelope<TikTokApi.StatusData> a = runtime.read(STATUS, users.account(openId),
                token -> api.status(TikTokConnector.bearer(token), new TikTokApi.StatusRequest(ticket.ticketId())));
        if (a == null || a.data() == null) {
            throw TikTokConnector.WIRE.unexpected(STATUS, "an answer without data");
        }
        TikTokApi.StatusData d = a.data();
        String status = TikTokConnector.WIRE.required(STATUS, "data.status", d.status());
        Optional<Journal> j = runtime.recalled(JOURNAL, ticket.idempotencyKey(), Journal.class);
        return advance(ticket, status, d.failReason(), d.publiclyAvailablePostIds(), j, runtime.clock().instant());
    }

    /**
     * A ticket moved by a status TikTok reported (status fetch or webhook):
     * {@code PROCESSING_UPLOAD}, {@code PROCESSING_DOWNLOAD} and {@code SEND_TO_USER_INBOX} keep it pending (an
     * inbox upload waits for the creator to post it in the app); {@code FAILED} fails it with TikTok's
     * {@code fail_reason}; {@code PUBLISH_COMPLETE} publishes it: with the first of
     * {@code publicaly_available_post_id} (sic) as post id and {@code https://www.tiktok.com/@user/video/id} as URL
     * when TikTok gave one; a post only its creator may see ({@code SELF_ONLY}) or a post from the inbox gets no
     * public id, so its id stays the publish id and its URL is the creator's profile; a public post without an id
     * yet is still in moderation and stays pending.
     */
    static PublishTicket advance(PublishTicket ticket, String status, String failReason, List<String> postIds,
                                 Optional<Journal> journal, Instant now) {
        switch (status) {
            case "FAILED" -> {
                return ticket.failed(PublishStatus.FAILED, failReason == null || failReason.isBlank()
                        ? "TikTok reports FAILED without a reason" : "TikTok: " + failReason, now);
            }
            case "PUBLISH_COMPLETE" -> {
                String username = journal.map(Journal::username).filter(u -> !u.isBlank()).orElse(null);
                Optional<String> postId = postIds == null ? Optional.empty()
                        : postIds.stream().filter(p -> p != null && !p.isBlank()).findFirst();
                if (postId.isPresent()) {
                    URI url = URI.create("https://www.tiktok.com/" + (username == null ? "" : "@" + encode(username) + "/")
                            + "video/" + encode(postId.get()));
                    return pending(ticket, now).published(new Publication(ticket.account(), postId.get(), url, now), now);
                }
                boolean noPublicId = journal.map(x -> x.mode() == PostMode.INBOX || x.privacyLevel() == PrivacyLevel.SELF_ONLY)
                        .orElse(false);
                if (noPublicId) {
                    URI profile = URI.create("https://www.tiktok.com/" + (username == null ? "" : "@" + encode(username)));
                    return pending(ticket, now).published(new Publication(ticket.account(), ticket.ticketId(), profile, now),
                            now);
                }
                return pending(ticket, now);
            }
            default -> {
                return pending(ticket, now); // PROCESSING_UPLOAD, PROCESSING_DOWNLOAD, SEND_TO_USER_INBOX, or newer
            }
        }
    }

    /** The ticket of a publish id this connector started, for a webhook about it. */
    Optional<PublishTicket> ticketOf(String publishId) {
        return runtime.recalled(INDEX, publishId, String.class)
                .flatMap(key -> runtime.recalled(TICKETS, key, PublishTicket.class));
    }

    /** The journal of a ticket, for a webhook about it. */
    Optional<Journal> journalOf(PublishTicket ticket) {
        return runtime.recalled(JOURNAL, ticket.idempotencyKey(), Journal.class);
    }

    /** Keeps a ticket a webhook moved, so that the same key answers with it. */
    void keep(PublishTicket ticket) {
        runtime.remember(TICKETS, ticket.idempotencyKey(), ticket);
    }

    private static PublishTicket pending(PublishTicket t, Instant now) {
        return PublishTicket.pending(t.ticketId(), t.account(), t.idempotencyKey(), now);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
