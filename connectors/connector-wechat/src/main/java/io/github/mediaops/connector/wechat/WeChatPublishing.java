package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.Paging;
import io.github.mediaops.connector.support.upload.MultipartFiles;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.wechat.WeChatApi.ArticleItem;
import io.github.mediaops.connector.wechat.WeChatApi.BatchGetRequest;
import io.github.mediaops.connector.wechat.WeChatApi.BatchGetResponse;
import io.github.mediaops.connector.wechat.WeChatApi.DraftAddRequest;
import io.github.mediaops.connector.wechat.WeChatApi.MediaIdRequest;
import io.github.mediaops.connector.wechat.WeChatApi.PublishIdRequest;
import io.github.mediaops.connector.wechat.WeChatApi.PublishStatusResponse;
import io.github.mediaops.connector.wechat.WeChatApi.PublishedItem;
import io.github.mediaops.connector.wechat.WeChatApi.SubmitResponse;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * draft/add → freepublish/submit → freepublish/get ({@code platform-apis.md} §1.2). A journal keyed
 * by the idempotency key, in the connector's idempotency store, makes a repeated {@code publish} return
 * the first ticket on every instance that shares the store. When the submit's
 * answer is lost, the connector asks {@code draft/get} whether the draft is still there: if it is, the
 * submit did not go through and is sent once more; if it is gone, the post went out and the ticket
 * (id {@code draft:<media_id>}) is reconciled later through {@code freepublish/batchget}, paging back
 * (20 per page) until the article is found or the items are older than the submit.
 *
 * <p>Post id of a publication ({@link #postId}): the id datacube and the comment calls use,
 * {@code <msg_data_id>_<idx>}, with {@code msg_data_id} from the submit answer and {@code idx} from
 * {@code article_detail}; when WeChat gave no {@code msg_data_id} (a job started elsewhere, a reconciled
 * submit), the {@code mid} and {@code idx} parameters of a long-form article URL
 * ({@code mp.weixin.qq.com/s?__biz=..&mid=..&idx=..}) give the same id; failing both, the
 * {@code article_id} is the post id (valid for freepublish calls, not for datacube or comments).
 *
 * <p>Covers: a cover URI {@code wechat-media:<media_id>} is used as is; a {@code file:} URI is uploaded
 * with {@code material/add_material?type=image}. In-article images ({@code file:} media of kind IMAGE)
 * are uploaded with {@code media/uploadimg} and appended to the article.
 */
final class WeChatPublishing extends WeChatPart implements Publishing {
    private static final String DRAFT_PREFIX = "draft:";

    /** What the journal (in the idempotency store) remembers of one publish. */
    private record Entry(PublishTicket ticket, String draftMediaId, String title, String thumbMediaId, String msgDataId,
                         Instant submittedAt) {
        Entry with(PublishTicket t) {
            return new Entry(t, draftMediaId, title, thumbMediaId, msgDataId, submittedAt);
        }
    }

    /** How far WeChat's update_time may lag our clock before an item counts as older than the submit. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(10);
    static final int BATCH = 20;
    private static final String BATCH_GET = "cgi-bin/freepublish/batchget";

    WeChatPublishing(WeChatConnector connector) {
        super(connector);
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        c.checkAccount(request.account());
        PublishInputs.refuseSchedule(request, WeChatErrors.PLATFORM, "freepublish publishes at once");
        String key = request.idempotencyKey();
        return runtime.once("publish", key, Entry.class, () -> {
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
            WeChatNewsItem article = new WeChatNewsItem(item.title(), "", item.summary().isBlank() ? "" : item.summary(),
                    html.toString(), item.links().isEmpty() ? "" : item.links().get(0).toString(), thumb, true, false,
                    Optional.empty(), false);
            String draftId = WeChatErrors.WIRE.required("cgi-bin/draft/add", "media_id", runtime.create("cgi-bin/draft/add",
                    t -> api.draftAdd(t, new DraftAddRequest(List.of(article.toWire())))).mediaId());
            return submit(request.account(), key, draftId, item.title(), thumb);
        }).ticket();
    }

    private Entry submit(AccountRef account, String key, String draftId, String title, String thumb) {
        SubmitResponse r;
        try {
            r = submitOnce(draftId);
        } catch (AmbiguousOutcomeException lost) {
            if (draftStillThere(draftId)) {
                r = submitOnce(draftId); // checked: the first submit did not go through
            } else {
                Instant now = runtime.clock().instant();
                return new Entry(PublishTicket.pending(DRAFT_PREFIX + draftId, account, key, now), draftId, title, thumb, null,
                        now);
            }
        }
        WeChatErrors.WIRE.required("cgi-bin/freepublish/submit", "publish_id", r.publishId());
        runtime.remember("publish-id", r.publishId(), key);
        Instant now = runtime.clock().instant();
        return new Entry(PublishTicket.pending(r.publishId(), account, key, now), draftId, title, thumb, r.msgDataId(), now);
    }

    private SubmitResponse submitOnce(String draftId) {
        return runtime.create("cgi-bin/freepublish/submit", t -> api.submit(t, new MediaIdRequest(draftId)));
    }

    private boolean draftStillThere(String draftId) {
        try {
            runtime.read("cgi-bin/draft/get", t -> api.draftGet(t, new MediaIdRequest(draftId)));
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
        Entry entry = runtime.recalled("publish", ticket.idempotencyKey(), Entry.class).orElse(null);
        PublishTicket next = ticket.ticketId().startsWith(DRAFT_PREFIX) ? reconcile(ticket, entry) : poll(ticket, entry);
        if (entry != null) {
            runtime.remember("publish", ticket.idempotencyKey(), entry.with(next));
        }
        return next;
    }

    private PublishTicket poll(PublishTicket ticket, Entry entry) {
        PublishStatusResponse r = runtime.read("cgi-bin/freepublish/get",
                t -> api.publishStatus(t, new PublishIdRequest(ticket.ticketId())));
        Instant now = runtime.clock().instant();
        int status = r.publishStatus() == null ? -1 : r.publishStatus();
        ArticleItem first = r.articleDetail() == null || r.articleDetail().item() == null ? null
                : r.articleDetail().item().stream().filter(i -> i.articleUrl() != null && !i.articleUrl().isBlank())
                .findFirst().orElse(null);
        String url = first == null ? null : first.articleUrl();
        String postId = postId(entry == null ? null : entry.msgDataId(), first == null ? null : first.idx(), url, r.articleId());
        return toTicket(ticket, status, postId, url, now);
    }

    /**
     * The post id of a published article: {@code <msg_data_id>_<idx>} when the submit gave a msg_data_id,
     * else {@code <mid>_<idx>} from a long-form article URL, else the article_id (may be null).
     */
    static String postId(String msgDataId, Integer idx, String url, String articleId) {
        int index = idx == null || idx < 1 ? 1 : idx;
        if (msgDataId != null && !msgDataId.isBlank()) {
            return msgDataId + "_" + index;
        }
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        String mid = parsed == null ? null : parsed.queryParameter("mid");
        String urlIdx = parsed == null ? null : parsed.queryParameter("idx");
        if (mid != null && mid.matches("\\d+") && urlIdx != null && urlIdx.matches("\\d+")) {
            return mid + "_" + urlIdx;
        }
        return articleId;
    }

    /** Maps publish_status (0 success, 1 publishing, 2 original-check failed, 3 failed, 4 audit refused, 5 deleted, 6 banned). */
    static PublishTicket toTicket(PublishTicket ticket, int status, String postId, String url, Instant now) {
        return switch (status) {
            case 0 -> {
                if (postId == null || url == null) {
                    throw WeChatErrors.WIRE.unexpected("cgi-bin/freepublish/get",
                            "publish_status 0 without article id or url");
                }
                yield ticket.published(new Publication(ticket.account(), postId, URI.create(url), now), now);
            }
            case 1 -> stillPending(ticket, now);
            case 2 -> ticket.failed(PublishStatus.REJECTED, "original-content check failed (publish_status 2)", now);
            case 3 -> ticket.failed(PublishStatus.FAILED, "publishing failed (publish_status 3)", now);
            case 4 -> ticket.failed(PublishStatus.REJECTED, "refused by platform review (publish_status 4)", now);
            case 5 -> ticket.failed(PublishStatus.FAILED, "deleted by the account after publishing (publish_status 5)", now);
            case 6 -> ticket.failed(PublishStatus.REJECTED, "banned by the platform (publish_status 6)", now);
            default -> throw WeChatErrors.WIRE.unexpected("cgi-bin/freepublish/get", "unknown publish_status " + status);
        };
    }

    /** A submit whose answer was lost: look for the article among the published ones, back to the submit's time. */
    private PublishTicket reconcile(PublishTicket ticket, Entry entry) {
        Instant now = runtime.clock().instant();
        if (entry == null) {
            return stillPending(ticket, now);
        }
        long oldest = entry.submittedAt().minus(CLOCK_SKEW).getEpochSecond();
        Optional<PublishedItem> found = Paging.find(WeChatErrors.PLATFORM, BATCH_GET, this::publishedPage, BATCH,
                item -> firstArticle(item).filter(n -> n.title().equals(entry.title())
                        && n.thumbMediaId().equals(entry.thumbMediaId()) && n.url().isPresent()).isPresent(),
                item -> item.updateTime() != null && item.updateTime() < oldest);
        if (found.isEmpty()) {
            return stillPending(ticket, now);
        }
        String url = firstArticle(found.get()).orElseThrow().url().orElseThrow();
        String postId = postId(null, 1, url, found.get().articleId());
        return ticket.published(new Publication(ticket.account(), postId, URI.create(url), now), now);
    }

    private static Optional<WeChatNewsItem> firstArticle(PublishedItem item) {
        return WeChatNewsItem.all(item.content()).stream().findFirst();
    }

    /** A page of {@code freepublish/batchget} without bodies, newest first. */
    private Page<PublishedItem> publishedPage(PageRequest page) {
        int offset = Paging.offset(page);
        BatchGetResponse r = runtime.read(BATCH_GET,
                t -> api.published(t, new BatchGetRequest(offset, BATCH, 1)));
        List<PublishedItem> items = r.item() == null ? List.of() : r.item();
        long total = r.totalCount() == null ? Long.MAX_VALUE : r.totalCount();
        return new Page<>(items, Paging.nextOffsetCursor(offset, items.size(), total));
    }

    private static PublishTicket stillPending(PublishTicket ticket, Instant now) {
        return PublishTicket.pending(ticket.ticketId(), ticket.account(), ticket.idempotencyKey(), now);
    }

    /** A PUBLISHJOBFINISH push: the ticket it completes (the journal's, or a new one for a job started elsewhere). */
    PublishTicket completed(String publishId, int status, String articleId, String url) {
        String key = runtime.recalled("publish-id", publishId, String.class).orElse(null);
        Entry entry = key == null ? null : runtime.recalled("publish", key, Entry.class).orElse(null);
        Instant now = runtime.clock().instant();
        PublishTicket base = entry != null ? entry.ticket()
                : PublishTicket.pending(publishId, c.account(), "wechat-publish-" + publishId, now);
        String postId = postId(entry == null ? null : entry.msgDataId(), 1, url, articleId);
        PublishTicket done = base.status().terminal() ? base : toTicket(base, status, postId, url, now);
        if (entry != null) {
            runtime.remember("publish", key, entry.with(done));
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
        var media = MultipartFiles.part("media", cover.get(), "media");
        return WeChatErrors.WIRE.required("cgi-bin/material/add_material", "media_id",
                runtime.create("cgi-bin/material/add_material", t -> api.addMaterial(t, "image", media)).mediaId());
    }

    private String uploadImage(MediaAsset image) {
        var media = MultipartFiles.part("media", image, "media");
        return WeChatErrors.WIRE.required("cgi-bin/media/uploadimg", "url",
                runtime.create("cgi-bin/media/uploadimg", t -> api.uploadImage(t, media)).url());
    }
}
