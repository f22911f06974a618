package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.AmbiguousOutcomeException;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleItem;
import io.github.mediaops.connector.wechat.WeChatWire.BatchGetRequest;
import io.github.mediaops.connector.wechat.WeChatWire.BatchGetResponse;
import io.github.mediaops.connector.wechat.WeChatWire.DraftAddRequest;
import io.github.mediaops.connector.wechat.WeChatWire.DraftArticle;
import io.github.mediaops.connector.wechat.WeChatWire.MaterialResponse;
import io.github.mediaops.connector.wechat.WeChatWire.MediaIdRequest;
import io.github.mediaops.connector.wechat.WeChatWire.NewsItem;
import io.github.mediaops.connector.wechat.WeChatWire.PublishIdRequest;
import io.github.mediaops.connector.wechat.WeChatWire.PublishStatusResponse;
import io.github.mediaops.connector.wechat.WeChatWire.PublishedItem;
import io.github.mediaops.connector.wechat.WeChatWire.SubmitResponse;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * draft/add → freepublish/submit → freepublish/get ({@code platform-apis.md} §1.2). A journal keyed
 * by the idempotency key makes a repeated {@code publish} return the first ticket. When the submit's
 * answer is lost, the connector asks {@code draft/get} whether the draft is still there: if it is, the
 * submit did not go through and is sent once more; if it is gone, the post went out and the ticket
 * (id {@code draft:<media_id>}) is reconciled later through {@code freepublish/batchget}.
 *
 * <p>Covers: a cover URI {@code wechat-media:<media_id>} is used as is; a {@code file:} URI is uploaded
 * with {@code material/add_material?type=image}. In-article images ({@code file:} media of kind IMAGE)
 * are uploaded with {@code media/uploadimg} and appended to the article.
 */
final class WeChatPublishing implements Publishing {
    private static final String DRAFT_PREFIX = "draft:";

    private final WeChatConnector c;
    private final ConcurrentMap<String, Entry> byKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> keyByPublishId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    /** What the journal remembers of one publish. */
    private record Entry(PublishTicket ticket, String draftMediaId, String title, String thumbMediaId, String msgDataId) {
        Entry with(PublishTicket t) {
            return new Entry(t, draftMediaId, title, thumbMediaId, msgDataId);
        }
    }

    WeChatPublishing(WeChatConnector connector) {
        this.c = connector;
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        c.checkAccount(request.account());
        if (request.schedule().isPresent()) {
            throw new io.github.mediaops.core.connector.UnsupportedCapabilityException(WeChatErrors.PLATFORM,
                    io.github.mediaops.core.connector.Capability.PUBLISH,
                    "scheduled publishing (freepublish publishes at once; call publish at the scheduled time)");
        }
        String key = request.idempotencyKey();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Entry known = byKey.get(key);
            if (known != null) {
                return known.ticket();
            }
            ContentItem item = request.variant().content();
            if (item.title().isBlank()) {
                throw new InvalidValueException("variant.content.title", "a WeChat article needs a title");
            }
            String thumb = coverMediaId(item);
            StringBuilder html = new StringBuilder(item.body());
            for (MediaAsset m : item.media()) {
                if (m.kind() == MediaKind.IMAGE && "file".equals(m.uri().getScheme())) {
                    html.append("<p><img src=\"").append(uploadImage(m)).append("\"/></p>");
                }
            }
            DraftArticle article = new DraftArticle(item.title(), null,
                    item.summary().isBlank() ? null : item.summary(), html.toString(),
                    item.links().isEmpty() ? null : item.links().get(0).toString(), thumb, 1, 0);
            String draftId = c.exec().execute(Operation.create("cgi-bin/draft/add", c.rateKey()),
                    t -> c.api().draftAdd(t, new DraftAddRequest(java.util.List.of(article)))).mediaId();
            if (draftId == null || draftId.isBlank()) {
                throw unexpected("cgi-bin/draft/add", "draft/add answered without media_id");
            }
            Entry entry = submit(request.account(), key, draftId, item.title(), thumb);
            byKey.put(key, entry);
            return entry.ticket();
        }
    }

    private Entry submit(AccountRef account, String key, String draftId, String title, String thumb) {
        SubmitResponse r;
        try {
            r = submitOnce(draftId);
        } catch (AmbiguousOutcomeException lost) {
            if (draftStillThere(draftId)) {
                r = submitOnce(draftId); // checked: the first submit did not go through
            } else {
                Instant now = c.clock().instant();
                return new Entry(PublishTicket.pending(DRAFT_PREFIX + draftId, account, key, now), draftId, title, thumb, null);
            }
        }
        if (r.publishId() == null || r.publishId().isBlank()) {
            throw unexpected("cgi-bin/freepublish/submit", "freepublish/submit answered without publish_id");
        }
        keyByPublishId.put(r.publishId(), key);
        return new Entry(PublishTicket.pending(r.publishId(), account, key, c.clock().instant()), draftId, title, thumb,
                r.msgDataId());
    }

    private SubmitResponse submitOnce(String draftId) {
        return c.exec().execute(Operation.create("cgi-bin/freepublish/submit", c.rateKey()),
                t -> c.api().submit(t, new MediaIdRequest(draftId)));
    }

    private boolean draftStillThere(String draftId) {
        try {
            c.exec().execute(Operation.read("cgi-bin/draft/get", c.rateKey()), t -> c.api().draftGet(t, new MediaIdRequest(draftId)));
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        c.checkAccount(ticket.account());
        if (ticket.status().terminal()) {
            return ticket;
        }
        Entry entry = byKey.get(ticket.idempotencyKey());
        PublishTicket next = ticket.ticketId().startsWith(DRAFT_PREFIX) ? reconcile(ticket, entry) : poll(ticket, entry);
        if (entry != null) {
            byKey.put(ticket.idempotencyKey(), entry.with(next));
        }
        return next;
    }

    private PublishTicket poll(PublishTicket ticket, Entry entry) {
        PublishStatusResponse r = c.exec().execute(Operation.read("cgi-bin/freepublish/get", c.rateKey()),
                t -> c.api().publishStatus(t, new PublishIdRequest(ticket.ticketId())));
        Instant now = c.clock().instant();
        int status = r.publishStatus() == null ? -1 : r.publishStatus();
        String url = r.articleDetail() == null || r.articleDetail().item() == null ? null
                : r.articleDetail().item().stream().map(ArticleItem::articleUrl).filter(u -> u != null && !u.isBlank())
                .findFirst().orElse(null);
        String postId = entry != null && entry.msgDataId() != null ? entry.msgDataId() + "_1" : r.articleId();
        return toTicket(ticket, status, postId, url, now);
    }

    /** Maps publish_status (0 success, 1 publishing, 2 original-check failed, 3 failed, 4 audit refused, 5 deleted, 6 banned). */
    static PublishTicket toTicket(PublishTicket ticket, int status, String postId, String url, Instant now) {
        return switch (status) {
            case 0 -> {
                if (postId == null || url == null) {
                    throw new UnexpectedResponseException("publish_status 0 without article id or url",
                            ErrorDetails.builder(WeChatErrors.PLATFORM).operation("cgi-bin/freepublish/get").build());
                }
                yield ticket.published(new Publication(ticket.account(), postId, URI.create(url), now), now);
            }
            case 1 -> new PublishTicket(ticket.ticketId(), ticket.account(), ticket.idempotencyKey(), PublishStatus.PENDING,
                    now, null, null);
            case 2 -> ticket.failed(PublishStatus.REJECTED, "original-content check failed (publish_status 2)", now);
            case 3 -> ticket.failed(PublishStatus.FAILED, "publishing failed (publish_status 3)", now);
            case 4 -> ticket.failed(PublishStatus.REJECTED, "refused by platform review (publish_status 4)", now);
            case 5 -> ticket.failed(PublishStatus.FAILED, "deleted by the account after publishing (publish_status 5)", now);
            case 6 -> ticket.failed(PublishStatus.REJECTED, "banned by the platform (publish_status 6)", now);
            default -> throw new UnexpectedResponseException("unknown publish_status " + status,
                    ErrorDetails.builder(WeChatErrors.PLATFORM).operation("cgi-bin/freepublish/get").build());
        };
    }

    /** A submit whose answer was lost: look for the article among the published ones. */
    private PublishTicket reconcile(PublishTicket ticket, Entry entry) {
        Instant now = c.clock().instant();
        if (entry == null) {
            return new PublishTicket(ticket.ticketId(), ticket.account(), ticket.idempotencyKey(), PublishStatus.PENDING, now,
                    null, null);
        }
        BatchGetResponse r = c.exec().execute(Operation.read("cgi-bin/freepublish/batchget", c.rateKey()),
                t -> c.api().published(t, new BatchGetRequest(0, 20, 1)));
        if (r.item() != null) {
            for (PublishedItem item : r.item()) {
                if (item.content() == null || item.content().newsItem() == null || item.content().newsItem().isEmpty()) {
                    continue;
                }
                NewsItem first = item.content().newsItem().get(0);
                if (entry.title().equals(first.title()) && entry.thumbMediaId().equals(first.thumbMediaId()) && first.url() != null) {
                    return ticket.published(new Publication(ticket.account(), item.articleId(), URI.create(first.url()), now), now);
                }
            }
        }
        return new PublishTicket(ticket.ticketId(), ticket.account(), ticket.idempotencyKey(), PublishStatus.PENDING, now,
                null, null);
    }

    /** A PUBLISHJOBFINISH push: the ticket it completes (the journal's, or a new one for a job started elsewhere). */
    PublishTicket completed(String publishId, int status, String articleId, String url) {
        String key = keyByPublishId.get(publishId);
        Entry entry = key == null ? null : byKey.get(key);
        Instant now = c.clock().instant();
        PublishTicket base = entry != null ? entry.ticket()
                : PublishTicket.pending(publishId, c.account(), "wechat-publish-" + publishId, now);
        String postId = entry != null && entry.msgDataId() != null ? entry.msgDataId() + "_1" : articleId;
        PublishTicket done = base.status().terminal() ? base : toTicket(base, status, postId, url, now);
        if (entry != null) {
            byKey.put(key, entry.with(done));
        }
        return done;
    }

    private String coverMediaId(ContentItem item) {
        Optional<MediaAsset> cover = item.coverImage();
        if (cover.isEmpty()) {
            throw new InvalidValueException("variant.content.cover", "a WeChat article needs a cover image "
                    + "(a file: URI to upload, or wechat-media:<media_id> for one already uploaded)");
        }
        URI uri = cover.get().uri();
        if ("wechat-media".equals(uri.getScheme())) {
            return uri.getSchemeSpecificPart();
        }
        MaterialResponse r = c.exec().execute(Operation.create("cgi-bin/material/add_material", c.rateKey()),
                t -> c.api().addMaterial(t, "image", part(cover.get())));
        if (r.mediaId() == null || r.mediaId().isBlank()) {
            throw unexpected("cgi-bin/material/add_material", "material upload answered without media_id");
        }
        return r.mediaId();
    }

    private String uploadImage(MediaAsset image) {
        MaterialResponse r = c.exec().execute(Operation.create("cgi-bin/media/uploadimg", c.rateKey()),
                t -> c.api().uploadImage(t, part(image)));
        if (r.url() == null || r.url().isBlank()) {
            throw unexpected("cgi-bin/media/uploadimg", "image upload answered without url");
        }
        return r.url();
    }

    private static MultipartBody.Part part(MediaAsset asset) {
        if (!"file".equals(asset.uri().getScheme())) {
            throw new InvalidValueException("media.uri", "only file: URIs can be uploaded (was " + asset.uri().getScheme() + ":)");
        }
        Path path = Path.of(asset.uri());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidValueException("media.uri", "cannot read " + path + ": " + e.getClass().getSimpleName());
        }
        return MultipartBody.Part.createFormData("media", path.getFileName().toString(),
                RequestBody.create(bytes, MediaType.parse(asset.mimeType())));
    }

    private static UnexpectedResponseException unexpected(String op, String what) {
        return new UnexpectedResponseException(what, ErrorDetails.builder(WeChatErrors.PLATFORM).operation(op).build());
    }
}
