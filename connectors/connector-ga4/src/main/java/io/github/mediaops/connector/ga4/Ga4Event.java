package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Measurement Protocol event: a name and its parameters, checked against the documented limits before anything
 * is sent (GA4 answers the collection endpoint with 2xx even for events it drops): names of at most 40 letters,
 * digits and underscores starting with a letter, not a reserved name; at most 25 parameters whose names follow the
 * same rule without the reserved prefixes {@code google_}, {@code ga_}, {@code firebase_}; text values of at most 100
 * characters; values are text, numbers, booleans or (for {@code items}) lists. Per
 * https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events#limitations and
 * https://developers.google.com/analytics/devguides/collection/protocol/ga4/reference#reserved_names.
 *
 * @param name   the event name ({@code purchase}, {@code generate_lead})
 * @param params the event parameters
 */
public record Ga4Event(String name, Map<String, Object> params) {
    /** Most parameters on one event. */
    public static final int MAX_PARAMS = 25;
    /** Longest event or parameter name. */
    public static final int MAX_NAME = 40;
    /** Longest text parameter value (standard properties). */
    public static final int MAX_TEXT_VALUE = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    /** Event names GA4 reserves. */
    public static final Set<String> RESERVED_NAMES = Set.of("ad_activeview", "ad_click", "ad_exposure", "ad_query",
            "ad_reward", "adunit_exposure", "app_clear_data", "app_exception", "app_install", "app_remove",
            "app_store_refund", "app_update", "app_upgrade", "dynamic_link_app_open", "dynamic_link_app_update",
            "dynamic_link_first_open", "error", "firebase_campaign", "firebase_in_app_message_action",
            "firebase_in_app_message_dismiss", "firebase_in_app_message_impression", "first_open", "first_visit",
            "in_app_purchase", "notification_dismiss", "notification_foreground", "notification_open",
            "notification_receive", "notification_send", "os_update", "session_start", "user_engagement");
    private static final List<String> RESERVED_PREFIXES = List.of("google_", "ga_", "firebase_");

    public Ga4Event {
        Checks.notBlank(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("name", "an event name is 1 to " + MAX_NAME
                    + " letters, digits or underscores starting with a letter (was " + Checks.show(name) + ")");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw new InvalidValueException("name", "event name " + name + " is reserved by GA4");
        }
        Map<String, Object> copy = new LinkedHashMap<>(Checks.notNull(params, "params"));
        if (copy.size() > MAX_PARAMS) {
            throw new InvalidValueException("params", "an event takes at most " + MAX_PARAMS + " parameters (was "
                    + copy.size() + ")");
        }
        for (Map.Entry<String, Object> e : copy.entrySet()) {
            String p = Checks.notBlank(e.getKey(), "params");
            if (!NAME.matcher(p).matches() || RESERVED_PREFIXES.stream().anyMatch(p::startsWith)) {
                throw new InvalidValueException("params", "parameter name " + Checks.show(p) + " is not allowed (1 to "
                        + MAX_NAME + " letters, digits or underscores starting with a letter; no google_, ga_ or firebase_ prefix)");
            }
            Object v = e.getValue();
            if (v instanceof String s) {
                if (s.length() > MAX_TEXT_VALUE) {
                    throw new InvalidValueException("params." + p, "params." + p + " is longer than "
                            + MAX_TEXT_VALUE + " characters (" + s.length() + ")");
                }
            } else if (!(v instanceof Number || v instanceof Boolean || v instanceof List<?>)) {
                throw new InvalidValueException("params." + p, "params." + p
                        + " must be text, a number, a boolean or a list (was " + (v == null ? "null" : v.getClass().getSimpleName()) + ")");
            }
        }
        params = Collections.unmodifiableMap(copy);
    }

    /** An event with parameters. */
    public static Ga4Event of(String name, Map<String, Object> params) {
        return new Ga4Event(name, params);
    }

    /**
     * A {@code purchase} (a key event by default in GA4), e.g. an order closed in private traffic (a WeCom chat, a
     * store visit) sent back to GA4 against the visitor's {@code client_id}. {@code transaction_id} lets GA4 drop a
     * duplicate purchase.
     *
     * @param transactionId the order id
     * @param value         the order value; its currency becomes {@code currency}
     */
    public static Ga4Event purchase(String transactionId, Money value) {
        Checks.notBlank(transactionId, "transactionId");
        Checks.notNull(value, "value");
        if (value.signum() < 0) {
            throw new InvalidValueException("value", "a purchase value must not be negative (was " + value + ")");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("transaction_id", transactionId);
        p.put("value", value.amount());
        p.put("currency", value.currency().getCurrencyCode());
        return new Ga4Event("purchase", p);
    }

    /** A {@code generate_lead} (a sign-up, a WeCom contact added) without a value. */
    public static Ga4Event generateLead() {
        return new Ga4Event("generate_lead", Map.of());
    }

    /** A {@code generate_lead} with the lead's expected value. */
    public static Ga4Event generateLead(Money value) {
        Checks.notNull(value, "value");
        return new Ga4Event("generate_lead", Ga4Mapping.ordered("value", value.amount(), "currency", value.currency().getCurrencyCode()));
    }
}
