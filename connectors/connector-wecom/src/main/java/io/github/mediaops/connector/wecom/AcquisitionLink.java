package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A 获客助手 customer-acquisition link ({@code customer_acquisition/create_link}): a URL that opens a chat with
 * one of the link's members from anywhere, in or outside WeChat.
 *
 * @param linkId      WeCom's id of the link
 * @param name        the link's name
 * @param url         the link
 * @param createdAt   when it was created
 * @param users       the members who answer
 * @param departments the departments whose members answer
 */
public record AcquisitionLink(String linkId, String name, String url, Instant createdAt, List<String> users,
                              List<Long> departments) {
    public AcquisitionLink {
        Checks.notBlank(linkId, "linkId");
        Checks.notBlank(name, "name");
        Checks.notBlank(url, "url");
        Checks.notNull(createdAt, "createdAt");
        users = Checks.listOf(users, "users");
        departments = Checks.listOf(departments, "departments");
    }

    /**
     * The link with {@code customer_channel=<channel>} appended: WeCom hands the channel back as the {@code State}
     * of every contact who comes through this URL, so each post gets its own URL of one link.
     *
     * @throws StateTooLongException when the channel has more than 64 UTF-8 bytes
     */
    public String trackedUrl(String customerChannel) {
        String channel = LeadStates.customerChannel(customerChannel);
        return url + (url.contains("?") ? "&" : "?") + "customer_channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8);
    }
}
