package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing through {@code statuses/share}, the form open to every app today (the old {@code statuses/update}
 * and {@code statuses/upload} are restricted; long text and up to 9 pictures only on the commercial
 * {@code upload_url_text/biz}). The variant goes through {@link ShareRules#preflight} first: what the form strips
 * is adapted and kept as the publish's {@link SharePreflight} report ({@link WeiboConnector#shareReport}), what it
 * cannot carry is refused before anything is sent.
 *
 * <p>Weibo publishes at once: the ticket is {@code PUBLISHED} with the status's id and its {@code m.weibo.cn} page.
 * A refusal of the content by Weibo (repeated content 20019, too long 20012, ...) is a {@code REJECTED} ticket.
 * Weibo takes no idempotency key: the ticket of a key is kept in the idempotency store, and a share whose answer was
 * lost is not sent again by the runtime ({@link io.github.mediaops.core.connector.AmbiguousOutcomeException}; look at
 * the account's newest statuses before publishing again).
 */
final class WeiboPublishing implements Publishing {
    private static final Logger LOG = LoggerFactory.getLogger(WeiboPublishing.class);
    private static final String TICKETS = "publish";
    private static final String REPORTS = "share-report";
    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    private final WeiboApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final ShareRules rules;
    private final String userIp;

    WeiboPublishing(WeiboApi api, ConnectorRuntime runtime, UserTokens users, ShareRules rules, String userIp) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.rules = rules;
        this.userIp = userIp;
    }

    SharePreflight preflight(ContentItem item) {
        return rules.preflight(item);
    }

    Optional<SharePreflight> report(String idempotencyKey) {
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        return runtime.recalled(REPORTS, idempotencyKey, SharePreflight.class);
    }

    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        String uid = WeiboConnector.uid(request.account());
        PublishInputs.refuseSchedule(request, WeiboConnector.PLATFORM, "statuses/share publishes at once");
        String rip = requireUserIp(userIp);
        ContentItem item = request.variant().content();
        SharePreflight p = rules.preflight(item);
        MediaAsset picture = ShareRules.picture(item, new LinkedHashSet<>());
        String key = request.idempotencyKey();
        return runtime.once(TICKETS, key, PublishTicket.class, () -> {
            runtime.remember(REPORTS, key, p);
            if (p.adapted()) {
                LOG.info("weibo statuses/share for key {}: {} adaptation(s): {}", key, p.changes().size(), p.changes());
            }
            Instant sent = runtime.clock().instant();
            WeiboApi.Status s;
            try {
                s = runtime.create(ShareRules.OPERATION, users.account(uid), token -> picture == null
                        ? api.share(token, p.status(), rip)
                        : api.shareWithPic(RequestBody.create(token, TEXT), RequestBody.create(p.status(), TEXT),
                        RequestBody.create(rip, TEXT), MultipartBody.Part.createFormData("pic", p.picture(),
                                RequestBody.create(ShareRules.read(picture), MediaType.parse(picture.mimeType())))));
            } catch (ContentRejectedException refused) {
                return PublishTicket.pending("refused:" + key, request.account(), key, sent)
                        .failed(PublishStatus.REJECTED, refused.getMessage(), runtime.clock().instant());
            }
            return ticket(request.account(), key, s, runtime.clock().instant());
        });
    }

    /** Weibo publishes synchronously: a ticket is final when made, so refresh returns it unchanged. */
    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        WeiboConnector.uid(ticket.account());
        return ticket;
    }

    static PublishTicket ticket(AccountRef account, String key, WeiboApi.Status s, Instant now) {
        if (s == null) {
            throw WeiboConnector.WIRE.unexpected(ShareRules.OPERATION, "an empty answer");
        }
        String id = WeiboConnector.WIRE.required(ShareRules.OPERATION, "idstr", s.key());
        Instant at = s.createdAt() == null ? now : WeiboTime.parse(ShareRules.OPERATION, "created_at", s.createdAt());
        return PublishTicket.pending(id, account, key, now)
                .published(new Publication(account, id, URI.create("https://m.weibo.cn/status/" + id), at), now);
    }

    static String requireUserIp(String userIp) {
        if (userIp == null) {
            throw new InvalidValueException("userIp", "Weibo requires the operating user's real IP (rip) on statuses/share "
                    + "and comments/reply: set WeiboConnector.Builder.userIp");
        }
        return userIp;
    }
}
