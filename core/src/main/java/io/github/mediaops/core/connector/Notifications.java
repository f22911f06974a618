package io.github.mediaops.core.connector;

/** Sending notifications or creating tasks in a collaboration tool. */
public interface Notifications {

    /** Delivers a notification; the same idempotency key never delivers twice. */
    NotificationReceipt send(Notification notification);
}
