package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.lead.Touchpoint;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short, deterministic tracking codes for touchpoints, small enough for every private-traffic entry
 * point: WeChat parametric QR {@code scene_str} (1–64 characters), WeCom "contact me" {@code state}
 * (≤ 30 characters), WeCom acquisition-link {@code customer_channel} (≤ 64 bytes) and mini-program
 * unlimited-code {@code scene} (≤ 32 visible characters).
 *
 * <p>A code is {@code "m"} followed by 11 base-62 digits of the first 64 bits of SHA-256 over the
 * touchpoint's fields, so it is 12 characters of {@code [0-9A-Za-z]}: the same touchpoint always gets
 * the same code, and codes reveal nothing about the campaign. The host keeps the code → touchpoint
 * table ({@link LeadAttribution} builds it and rejects the astronomically unlikely collision).
 * Limits per https://developers.weixin.qq.com/doc/offiaccount/Account_Management/Generating_a_Parametric_QR_Code.html,
 * https://developer.work.weixin.qq.com/document/path/92228 and the mini-program
 * {@code getUnlimitedQRCode} reference.
 *
 * @since 0.1.0
 */
public final class TrackingCodes {
    /** Length of every code. */
    public static final int LENGTH = 12;
    /** WeChat scene_str limit. */
    public static final int WECHAT_SCENE_MAX = 64;
    /** WeCom contact-me state limit. */
    public static final int WECOM_STATE_MAX = 30;
    /** Mini-program unlimited-code scene limit. */
    public static final int MINI_PROGRAM_SCENE_MAX = 32;
    /** The prefix WeChat adds to a QR scene in the EventKey of a subscribe event. */
    public static final String WECHAT_SUBSCRIBE_PREFIX = "qrscene_";

    private static final Pattern CODE = Pattern.compile("m[0-9A-Za-z]{11}");
    private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private TrackingCodes() {
    }

    /** The code for a touchpoint. */
    public static String code(Touchpoint t) {
        Checks.notNull(t, "touchpoint");
        String canonical = String.join("\u001f", t.campaignId(), t.content().orElse(""), t.account().platform().id(),
                t.account().accountId(), t.channel().name());
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        BigInteger v = new BigInteger(1, Arrays.copyOf(digest, 8));
        char[] out = new char[LENGTH - 1];
        BigInteger base = BigInteger.valueOf(62);
        for (int i = out.length - 1; i >= 0; i--) {
            BigInteger[] qr = v.divideAndRemainder(base);
            out[i] = DIGITS[qr[1].intValue()];
            v = qr[0];
        }
        return "m" + new String(out);
    }

    /** Whether {@code s} has the form of a code. */
    public static boolean isCode(String s) {
        return s != null && CODE.matcher(s).matches();
    }

    /** A mini-program page path carrying the code, e.g. {@code pages/landing/index?mo=m3Fx...}. */
    public static String miniProgramPath(String page, Touchpoint t) {
        Checks.notBlank(page, "page");
        if (page.contains("?") || page.startsWith("/")) {
            throw new InvalidValueException("page", "page must be a bare path without query or leading slash (was "
                    + Checks.show(page) + ")");
        }
        return page + "?" + UtmLinks.CODE_PARAM + "=" + code(t);
    }

    /**
     * The code inside a raw tracking value: a bare code, a WeChat {@code qrscene_} EventKey, a WeCom
     * state, a mini-program scene ({@code mo=...}, possibly percent-encoded) or a path/URL with an
     * {@code mo} or {@code scene} query parameter. Empty when there is none.
     */
    public static Optional<String> extract(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.trim();
        if (s.startsWith(WECHAT_SUBSCRIBE_PREFIX)) {
            s = s.substring(WECHAT_SUBSCRIBE_PREFIX.length());
        }
        if (isCode(s)) {
            return Optional.of(s);
        }
        if (s.contains("%")) {
            try {
                return extract(UtmLinks.decode(s));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        }
        String query = s.contains("?") ? s.substring(s.indexOf('?') + 1) : s.contains("=") ? s : null;
        if (query == null) {
            return Optional.empty();
        }
        Map<String, String> params;
        try {
            params = UtmLinks.query("x:/?" + query);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        String mo = params.get(UtmLinks.CODE_PARAM);
        if (isCode(mo)) {
            return Optional.of(mo);
        }
        String scene = params.get("scene");
        return scene == null || scene.equals(s) ? Optional.empty() : extract(scene);
    }
}
