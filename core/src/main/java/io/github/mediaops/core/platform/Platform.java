package io.github.mediaops.core.platform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A platform or system that operators work with: a social network (Douyin, WeChat Official Account,
 * ...), an analytics tool (Google Analytics), a collaboration tool (Feishu, Trello) or an ad platform
 * (Ocean Engine, Tencent Ads).
 *
 * <p>This is an open value, not an enum: a custom connector introduces its own platform with
 * {@link #of(String, String)}. Two platforms are equal when their ids are equal. In JSON a platform is
 * its id string ({@code "douyin"}).
 *
 * <p>Ids are lower case ASCII letters, digits, {@code -} and {@code .}, starting with a letter.
 */
public final class Platform {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    private static final Map<String, Platform> KNOWN = new LinkedHashMap<>();

    /** WeChat Official Account (微信公众号), subscription and service accounts. */
    public static final Platform WECHAT_OFFICIAL_ACCOUNT = known("wechat-oa", "WeChat Official Account");
    /** WeChat Channels (视频号). */
    public static final Platform WECHAT_CHANNELS = known("wechat-channels", "WeChat Channels");
    /** Douyin (抖音). */
    public static final Platform DOUYIN = known("douyin", "Douyin");
    /** Kuaishou (快手). */
    public static final Platform KUAISHOU = known("kuaishou", "Kuaishou");
    /** Xiaohongshu / RED (小红书). */
    public static final Platform XIAOHONGSHU = known("xiaohongshu", "Xiaohongshu");
    /** Sina Weibo (微博). */
    public static final Platform WEIBO = known("weibo", "Weibo");
    /** Bilibili (哔哩哔哩). */
    public static final Platform BILIBILI = known("bilibili", "Bilibili");
    /** Zhihu (知乎). */
    public static final Platform ZHIHU = known("zhihu", "Zhihu");
    public static final Platform TIKTOK = known("tiktok", "TikTok");
    public static final Platform YOUTUBE = known("youtube", "YouTube");
    public static final Platform INSTAGRAM = known("instagram", "Instagram");
    public static final Platform FACEBOOK = known("facebook", "Facebook");
    /** X, formerly Twitter. */
    public static final Platform X = known("x", "X");
    /** Google Analytics 4. */
    public static final Platform GOOGLE_ANALYTICS = known("google-analytics", "Google Analytics");
    /** WeCom (企业微信), WeChat for Work: customer contact (客户联系) and customer groups for private traffic. */
    public static final Platform WECOM = known("wecom", "WeCom");
    /** Feishu / Lark (飞书). */
    public static final Platform FEISHU = known("feishu", "Feishu");
    public static final Platform TRELLO = known("trello", "Trello");
    /** Ocean Engine (巨量引擎), ByteDance's ad platform; includes DOU+ and Qianchuan. */
    public static final Platform OCEAN_ENGINE = known("ocean-engine", "Ocean Engine");
    /** Tencent Ads (腾讯广告). */
    public static final Platform TENCENT_ADS = known("tencent-ads", "Tencent Ads");

    private final String id;
    private final String displayName;

    private Platform(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    private static Platform known(String id, String name) {
        Platform p = new Platform(id, name);
        KNOWN.put(id, p);
        return p;
    }

    /**
     * The platform with this id: the well-known constant when there is one, otherwise a custom
     * platform whose display name is its id.
     *
     * @throws InvalidValueException if the id is not of the documented form
     */
    @JsonCreator
    public static Platform of(String id) {
        Platform known = KNOWN.get(validId(id));
        return known != null ? known : new Platform(id, id);
    }

    /**
     * A custom platform for a connector mediaops does not ship. The id must not be one of the
     * well-known ids.
     */
    public static Platform of(String id, String displayName) {
        validId(id);
        Checks.notBlank(displayName, "displayName");
        if (KNOWN.containsKey(id)) {
            throw new InvalidValueException("id", "platform id \"" + id + "\" is reserved for "
                    + KNOWN.get(id).displayName + "; use Platform.of(\"" + id + "\")");
        }
        return new Platform(id, displayName);
    }

    /** The well-known platforms, in declaration order. */
    public static Collection<Platform> wellKnown() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    private static String validId(String id) {
        Checks.notNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("id", "platform id must match " + ID.pattern() + " (was " + Checks.show(id) + ")");
        }
        return id;
    }

    /** The stable id, e.g. {@code "wechat-oa"}; this is what JSON and configuration use. */
    @JsonValue
    public String id() {
        return id;
    }

    /** A human-readable name, e.g. {@code "WeChat Official Account"}. */
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Platform p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
