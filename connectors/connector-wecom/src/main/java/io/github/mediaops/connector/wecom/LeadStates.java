package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;

/**
 * The limits of the two values WeCom hands back as a new contact's {@code State}, the only first-party
 * bridge from a piece of content to a private-traffic lead ({@code platform-apis-2.md} §1.2, §8):
 * <ul>
 *   <li>a 「联系我」 contact way's {@code state}: at most {@value #CONTACT_WAY_STATE_MAX_CHARS} characters
 *   (developer.work.weixin.qq.com/document/path/92228);</li>
 *   <li>a 获客助手 link's {@code customer_channel} query parameter: at most {@value #CUSTOMER_CHANNEL_MAX_BYTES}
 *   bytes (developer.work.weixin.qq.com/document/path/101359).</li>
 * </ul>
 * Put the tracking code of the touchpoint there: {@code analytics}' {@code TrackingCodes.code(touchpoint)} is
 * 12 characters of {@code [0-9A-Za-z]} and encodes campaign, content, account, platform and channel through
 * the host's code table, so it always fits. A value that does not fit is refused, never cut: a truncated state
 * would attribute leads to the wrong post.
 */
public final class LeadStates {
    /** A contact way's {@code state} limit, in characters. */
    public static final int CONTACT_WAY_STATE_MAX_CHARS = 30;
    /** An acquisition link's {@code customer_channel} limit, in UTF-8 bytes. */
    public static final int CUSTOMER_CHANNEL_MAX_BYTES = 64;

    private LeadStates() {
    }

    /**
     * {@code state} when it fits a contact way.
     *
     * @throws StateTooLongException (field {@code state}) when it has more than 30 characters
     * @throws InvalidValueException when it is blank or has control characters
     */
    public static String contactWayState(String state) {
        check(state, "state");
        int chars = state.codePointCount(0, state.length());
        if (chars > CONTACT_WAY_STATE_MAX_CHARS) {
            throw new StateTooLongException("state", state, chars, CONTACT_WAY_STATE_MAX_CHARS, "characters");
        }
        return state;
    }

    /**
     * {@code channel} when it fits an acquisition link's {@code customer_channel}.
     *
     * @throws StateTooLongException (field {@code customerChannel}) when it has more than 64 UTF-8 bytes
     * @throws InvalidValueException when it is blank or has control characters
     */
    public static String customerChannel(String channel) {
        check(channel, "customerChannel");
        int bytes = channel.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > CUSTOMER_CHANNEL_MAX_BYTES) {
            throw new StateTooLongException("customerChannel", channel, bytes, CUSTOMER_CHANNEL_MAX_BYTES, "bytes");
        }
        return channel;
    }

    private static void check(String value, String field) {
        Checks.notBlank(value, field);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, field + " must not contain control characters (was " + Checks.show(value) + ")");
        }
    }
}
