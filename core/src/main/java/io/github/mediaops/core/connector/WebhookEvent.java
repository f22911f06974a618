package io.github.mediaops.core.connector;

import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishTicket;

/** Something a platform pushed, decoded into core types. */
public sealed interface WebhookEvent {

    /** The platform's id of the push, used for de-duplication. */
    String eventId();

    /** A publish job finished (WeChat PUBLISHJOBFINISH, Douyin create_video). */
    record PublishCompleted(String eventId, PublishTicket ticket) implements WebhookEvent {
        public PublishCompleted {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(ticket, "ticket");
        }
    }

    /** A user commented. */
    record CommentReceived(String eventId, Comment comment) implements WebhookEvent {
        public CommentReceived {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(comment, "comment");
        }
    }

    /** A user sent a private message or triggered a message event (follow, scan, menu click). */
    record MessageReceived(String eventId, PrivateMessage message) implements WebhookEvent {
        public MessageReceived {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(message, "message");
        }
    }

    /**
     * A person entered the brand's private traffic through a tracked entry point (WeCom
     * {@code add_external_contact} with the contact way's {@code State}); feed {@link #lead()} to lead
     * attribution.
     */
    record LeadReceived(String eventId, Platform platform, LeadEvent lead) implements WebhookEvent {
        public LeadReceived {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(platform, "platform");
            Checks.notNull(lead, "lead");
        }
    }

    /**
     * An order of the account's shop changed (Weixin Store {@code channels_ec_order_new}, {@code _pay},
     * {@code _cancel}, ...): fetch the order by {@link #orderId()} for its amounts and status.
     *
     * @param eventId  the push's id, used for de-duplication
     * @param platform the platform that pushed it
     * @param orderId  the platform's order id (Weixin Store ids are 19-digit numbers, kept as text)
     * @param type     the platform's event name, e.g. {@code channels_ec_order_pay}
     * @param at       when the platform created the push
     */
    record OrderChanged(String eventId, Platform platform, String orderId, String type, java.time.Instant at)
            implements WebhookEvent {
        public OrderChanged {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(platform, "platform");
            Checks.notBlank(orderId, "orderId");
            Checks.notBlank(type, "type");
            Checks.notNull(at, "at");
        }
    }

    /** A verified push of a type the connector does not decode; {@code type} is the platform's name for it. */
    record Other(String eventId, Platform platform, String type) implements WebhookEvent {
        public Other {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(platform, "platform");
            Checks.notBlank(type, "type");
        }
    }
}
