package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.WeChatFamilyErrors;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.platform.Platform;

/**
 * WeChat's {@code {"errcode":...,"errmsg":"..."}} on HTTP 200, for the Channels and Weixin Store endpoints. The code
 * is read as text, because the 视频号助手 live endpoints send it as a string ({@code "errcode":"0"},
 * {@code platform-apis-2.md} §2.2). The codes are WeChat's global ones, shared with the Official Account
 * ({@link WeChatFamilyErrors}: 40001 on the token endpoint a wrong AppSecret, elsewhere a stale token); there 48001
 * is the Channels-specific "this appid has no access" (the shop's appid on a 视频号助手 API, or the 开放场景 switch
 * off, §2.1).
 */
final class ChannelsErrors {
    static final Platform PLATFORM = Platform.WECHAT_CHANNELS;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);

    static final ErrorTable TABLE = WeChatFamilyErrors.table(PLATFORM).build();

    private ChannelsErrors() {
    }
}
