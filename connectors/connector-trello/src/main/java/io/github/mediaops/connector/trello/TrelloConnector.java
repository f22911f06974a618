package io.github.mediaops.connector.trello;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Trello on the {@link HttpConnector} template: cards for content calendar entries and approval steps,
 * with a due date and one checklist per production stage ({@link #createCard}), and
 * {@link Capability#NOTIFICATIONS} as a card per notification (destination = the list id, title = card
 * name, body = description).
 *
 * <p>Credentials: identifier {@code workspace} (a name for this key and token; it namespaces idempotency
 * records and rate limits), secrets {@code apiKey} and {@code token}. They travel in the
 * {@code Authorization: OAuth oauth_consumer_key="…", oauth_token="…"} header Trello documents as the
 * alternative to the {@code key}/{@code token} query parameters, so they never appear in a URL or a log.
 *
 * <p>Errors: Trello answers most errors with a plain-text body typed by its HTTP status (400 invalid
 * value, 401 unauthorized, 404 not found); rate limits are HTTP 429 with
 * {@code {"error":"API_TOKEN_LIMIT_EXCEEDED","message":"..."}}.
 */
public final class TrelloConnector extends HttpConnector {
    /** Trello's REST host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.trello.com/");

    /** Trello's JSON error codes; everything else is typed by the HTTP status. */
    static final ErrorTable ERRORS = ErrorTable.builder(TrelloConnectorProvider.TRELLO)
            .codeAt("/error").messageAt("/message")
            .map(ErrorKind.RATE_LIMITED, "API_TOKEN_LIMIT_EXCEEDED", "API_KEY_LIMIT_EXCEEDED", "API_TOKEN_DB_LIMIT_EXCEEDED")
            .build();

    private final TrelloApi api;
    private final Secret apiKey;
    private final Secret token;

    private TrelloConnector(Builder b) {
        super(TrelloConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.apiKey = config().credentials().requireSecret("apiKey");
        this.token = config().credentials().requireSecret("token");
        this.api = api(TrelloApi.class);
        offer(Capability.NOTIFICATIONS, new CardNotifications(this));
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Creates a card and its checklists once per idempotency key. Each step (card, checklist, item) is recorded
     * under the key in the idempotency store, so a repeat after a failure part-way resumes where it stopped
     * instead of creating a second card, and a repeat after success returns the first card.
     *
     * @throws io.github.mediaops.core.connector.AmbiguousOutcomeException when a step's answer was lost:
     *         look on the board before repeating with a new key
     */
    public TrelloCard createCard(TrelloCardRequest request, String idempotencyKey) {
        Checks.notNull(request, "request");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        ConnectorRuntime rt = runtime();
        TrelloApi.Card card = rt.once("card-step", idempotencyKey, TrelloApi.Card.class, () -> required(
                create("1/cards", () -> api.createCard(auth(), new TrelloApi.NewCard(request.listId(), request.name(),
                        request.desc(), request.due().map(Object::toString).orElse(null), "bottom"))), TrelloApi.Card::id, "1/cards"));
        List<String> checklistIds = new ArrayList<>();
        for (int i = 0; i < request.checklists().size(); i++) {
            TrelloCardRequest.Checklist cl = request.checklists().get(i);
            String step = idempotencyKey + "#" + i;
            TrelloApi.Checklist created = rt.once("checklist-step", step, TrelloApi.Checklist.class, () -> required(
                    create("1/checklists", () -> api.createChecklist(auth(), new TrelloApi.NewChecklist(card.id(), cl.name()))),
                    TrelloApi.Checklist::id, "1/checklists"));
            for (int j = 0; j < cl.items().size(); j++) {
                String item = cl.items().get(j);
                rt.once("checkitem-step", step + "#" + j, TrelloApi.CheckItem.class, () -> create(
                        "1/checklists/{id}/checkItems",
                        () -> api.createCheckItem(auth(), created.id(), new TrelloApi.NewCheckItem(item, "bottom"))));
            }
            checklistIds.add(created.id());
        }
        return new TrelloCard(card.id(), card.shortUrl() == null ? "" : card.shortUrl(), checklistIds);
    }

    private <T> T create(String endpoint, Supplier<Call<T>> call) {
        try {
            return runtime().executor().executeWithoutToken(Operation.create(endpoint, runtime().rateKey()), call);
        } catch (AuthenticationException e) {
            if (!e.tokenExpired()) {
                throw e;
            }
            // Trello's 401 ("invalid key", "invalid token") refuses the key or token itself: nothing to refresh
            throw new AuthenticationException("Trello refused the API key or token", e.details(), false, e);
        }
    }

    private <T> T required(T value, java.util.function.Function<T, String> id, String endpoint) {
        if (value == null || id.apply(value) == null || id.apply(value).isBlank()) {
            throw WireValues.unexpected(platform(), endpoint, "Trello answered " + endpoint + " without an id");
        }
        return value;
    }

    private String auth() {
        return "OAuth oauth_consumer_key=\"" + apiKey.reveal() + "\", oauth_token=\"" + token.reveal() + "\"";
    }

    private record CardNotifications(TrelloConnector c) implements Notifications {
        @Override
        public NotificationReceipt send(Notification n) {
            Checks.notNull(n, "notification");
            TrelloCard card = c.createCard(TrelloCardRequest.of(n.destination(), n.title(), n.body()), n.idempotencyKey());
            return c.runtime().once("notify", n.idempotencyKey(), NotificationReceipt.class,
                    () -> new NotificationReceipt(card.id(), c.runtime().clock().instant()));
        }
    }

    /** Builds a {@link TrelloConnector}; every option is the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private Builder(ConnectorConfig config) {
            super(config, "workspace");
        }

        @Override
        public TrelloConnector build() {
            return new TrelloConnector(this);
        }
    }
}
