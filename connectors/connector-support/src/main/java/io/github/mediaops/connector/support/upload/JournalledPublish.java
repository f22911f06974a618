package io.github.mediaops.connector.support.upload;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The upload-then-create publish of platforms that take no idempotency key (Bilibili's archive submission,
 * Kuaishou's {@code photo/publish}), journalled so that it is never sent twice and an interrupted upload resumes.
 *
 * <p>Under the request's idempotency key, {@link #publish} runs at most once per key (the ticket is kept in the
 * connector's idempotency store, scope {@value #TICKETS}) and journals its progress (scope {@value #JOURNAL}): the
 * upload session ({@link Steps#open}), the resumable {@link UploadState} after every accepted part
 * ({@link Steps#upload}), that the file is uploaded, any platform step before the create call
 * ({@link Steps#prepare}, e.g. a cover upload), and the instant the create call ({@link Steps#send}) left. Publishing
 * again with the key after an interruption resumes where it stopped. A create call whose answer was lost
 * ({@link AmbiguousOutcomeException}) is never sent again: the {@link Lookup} looks for the post it would have made
 * (the platform's list, same title or caption, created after the call left less a clock skew); until it appears the
 * ticket stays {@code PENDING} as {@value #UNCONFIRMED}{@code <key>} and {@link #unconfirmed} looks again, until the
 * grace period has passed and the ticket fails. A {@link ContentRejectedException} gives a {@code REJECTED} ticket;
 * any other answer of the platform leaves the journal as it was before the call, so a retry may send it.
 */
public final class JournalledPublish {
    /** The ticket-id prefix of a publish whose answer was lost and whose post has not been found yet. */
    public static final String UNCONFIRMED = "unconfirmed:";
    /** The idempotency scope of the tickets. */
    public static final String TICKETS = "publish";
    /** The idempotency scope of the journals. */
    public static final String JOURNAL = "publish-journal";

    /**
     * What is remembered of one publish while it runs: the upload session's token (never shown), the resumable
     * upload state (null before the first checkpoint or for a one-shot upload), whether the file is uploaded, the
     * text that identifies the post in the platform's list ({@code match}: its title or caption), when the create
     * call left (null before), and the platform's own values ({@code notes}: an upload host, a cover URL).
     */
    public record Journal(String uploadToken, UploadState state, boolean uploaded, String match, Instant sentAt,
                          Map<String, String> notes) {
        public Journal {
            Checks.notBlank(uploadToken, "uploadToken");
            Checks.notNull(match, "match");
            notes = notes == null ? Map.of() : Map.copyOf(notes);
        }

        /** A journal just opened: session token, the post's match text and platform values. */
        public static Journal opened(String uploadToken, String match, Map<String, String> notes) {
            return new Journal(uploadToken, null, false, match, null, notes);
        }

        /** A platform value, or null. */
        public String note(String name) {
            return notes.get(name);
        }

        /** This journal with the platform value {@code name} set. */
        public Journal withNote(String name, String value) {
            Map<String, String> n = new java.util.HashMap<>(notes);
            n.put(Checks.notNull(name, "name"), Checks.notNull(value, "value"));
            return new Journal(uploadToken, state, uploaded, match, sentAt, n);
        }

        Journal with(UploadState s) {
            return new Journal(uploadToken, s, uploaded, match, sentAt, notes);
        }

        Journal uploadedNow() {
            return new Journal(uploadToken, state, true, match, sentAt, notes);
        }

        Journal sent(Instant at) {
            return new Journal(uploadToken, state, uploaded, match, at, notes);
        }

        /** Never shows the upload token, which lets anyone write to the upload session. */
        @Override
        public String toString() {
            return "Journal[uploadToken=****, state=" + state + ", uploaded=" + uploaded + ", sentAt=" + sentAt
                    + ", notes=" + notes + "]";
        }
    }

    /** Finds the post of a create call whose answer was lost. */
    @FunctionalInterface
    public interface Lookup {
        /**
         * The ticket of the account's post that matches {@code journal.match()} and was created at or after
         * {@code notBefore}, as of {@code now}, or empty while there is none; never creates anything.
         */
        Optional<PublishTicket> find(AccountRef account, String key, Journal journal, Instant notBefore, Instant now);
    }

    /**
     * A platform's steps of one publish.
     *
     * @param <A> the create call's answer
     */
    public interface Steps<A> {
        /** Opens the upload session (the first call of a new key). */
        Journal open();

        /**
         * Uploads the file into the journal's session, resuming from {@code journal.state()} when there is one and
         * handing each checkpoint to {@code checkpoint}; may throw {@link UploadInterruptedException}.
         */
        void upload(Journal journal, Consumer<UploadState> checkpoint);

        /** A platform step between the upload and the create call; the journal it returns is remembered. */
        default Journal prepare(Journal journal) {
            return journal;
        }

        /** The create call, sent through {@code ConnectorRuntime.create} (never retried, never repeated here). */
        A send(Journal journal);

        /** The ticket of the create call's answer (a typed error for an answer that cannot be used). */
        PublishTicket answered(AccountRef account, String key, A answer);
    }

    private final ConnectorRuntime runtime;
    private final Lookup lookup;
    private final Duration grace;
    private final Duration clockSkew;
    private final String lost;

    /**
     * @param lookup    finds a post whose create answer was lost
     * @param grace     how long such a post is looked for before the ticket fails
     * @param clockSkew how far the platform's creation time may precede our reading of when the call left
     * @param lost      the start of the failure's reason, completed with " appeared within N minutes" (e.g.
     *                  "the submission's answer was lost and no archive with its title")
     */
    public JournalledPublish(ConnectorRuntime runtime, Lookup lookup, Duration grace, Duration clockSkew, String lost) {
        this.runtime = Checks.notNull(runtime, "runtime");
        this.lookup = Checks.notNull(lookup, "lookup");
        this.grace = Checks.notNull(grace, "grace");
        this.clockSkew = Checks.notNull(clockSkew, "clockSkew");
        this.lost = Checks.notBlank(lost, "lost");
    }

    /** Publishes once per {@code key}, resuming from the key's journal; see the class description. */
    public <A> PublishTicket publish(AccountRef account, String key, Steps<A> steps) {
        Checks.notNull(account, "account");
        Checks.notNull(steps, "steps");
        return runtime.once(TICKETS, key, PublishTicket.class, () -> {
            Journal j = runtime.recalled(JOURNAL, key, Journal.class).orElse(null);
            if (j != null && j.sentAt() != null) {
                return reconcile(account, key, j); // an earlier attempt sent the create call: never again
            }
            if (j == null) {
                j = steps.open();
                runtime.remember(JOURNAL, key, j);
            }
            if (!j.uploaded()) {
                Journal base = j;
                try {
                    steps.upload(j, s -> runtime.remember(JOURNAL, key, base.with(s)));
                } catch (UploadInterruptedException e) {
                    // the journal holds the state: publishing again with this key resumes the upload
                    throw e.getCause() instanceof ConnectorException ce ? ce : e;
                }
                j = runtime.recalled(JOURNAL, key, Journal.class).orElse(j).uploadedNow();
                runtime.remember(JOURNAL, key, j);
            }
            Journal prepared = steps.prepare(j);
            if (!prepared.equals(j)) {
                runtime.remember(JOURNAL, key, prepared);
            }
            return sendOnce(account, key, prepared, steps);
        });
    }

    private <A> PublishTicket sendOnce(AccountRef account, String key, Journal j, Steps<A> steps) {
        Instant sent = runtime.clock().instant();
        runtime.remember(JOURNAL, key, j.sent(sent));
        A answer;
        try {
            answer = steps.send(j);
        } catch (AmbiguousOutcomeException e) {
            return reconcile(account, key, j.sent(sent));
        } catch (ContentRejectedException refused) {
            runtime.remember(JOURNAL, key, j); // refused, not created: a changed variant needs a new key anyway
            return PublishTicket.pending("refused:" + key, account, key, sent)
                    .failed(PublishStatus.REJECTED, refused.getMessage(), runtime.clock().instant());
        } catch (RuntimeException definite) {
            runtime.remember(JOURNAL, key, j); // the platform answered: nothing was created, a retry may send it
            throw definite;
        }
        return steps.answered(account, key, answer);
    }

    /**
     * What a refresh of {@code ticket} answers without asking the platform: the ticket itself once it is terminal, or
     * {@link #unconfirmed}'s answer for an {@value #UNCONFIRMED} one; empty for a pending ticket the connector
     * refreshes itself.
     */
    public Optional<PublishTicket> settled(PublishTicket ticket, Instant now) {
        Checks.notNull(ticket, "ticket");
        return ticket.status().terminal() ? Optional.of(ticket) : unconfirmed(ticket, now);
    }

    /**
     * For an {@value #UNCONFIRMED} ticket, looks for its post again (or fails it once its journal has expired);
     * empty for any other ticket, which the connector refreshes itself.
     */
    public Optional<PublishTicket> unconfirmed(PublishTicket ticket, Instant now) {
        Checks.notNull(ticket, "ticket");
        if (!ticket.ticketId().startsWith(UNCONFIRMED)) {
            return Optional.empty();
        }
        Journal j = runtime.recalled(JOURNAL, ticket.idempotencyKey(), Journal.class).orElse(null);
        if (j == null || j.sentAt() == null) {
            return Optional.of(ticket.failed(PublishStatus.FAILED,
                    "the publish journal of this key has expired; the outcome is unknown", now));
        }
        return Optional.of(reconcile(ticket.account(), ticket.idempotencyKey(), j));
    }

    /** Looks for the post of a create call whose answer was lost; never sends it again. */
    private PublishTicket reconcile(AccountRef account, String key, Journal j) {
        Instant now = runtime.clock().instant();
        Optional<PublishTicket> found = lookup.find(account, key, j, j.sentAt().minus(clockSkew), now);
        if (found.isPresent()) {
            runtime.remember(TICKETS, key, found.get());
            return found.get();
        }
        PublishTicket pending = PublishTicket.pending(UNCONFIRMED + key, account, key, now);
        if (!now.isBefore(j.sentAt().plus(grace))) {
            return pending.failed(PublishStatus.FAILED, lost + " appeared within " + grace.toMinutes() + " minutes", now);
        }
        return pending;
    }
}
