package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A 「联系我」 contact way as WeCom holds it. Keep {@link #configId()}: contact ways created through the API
 * are not shown in the admin console, and without the id they can be neither changed nor deleted.
 *
 * @param configId    WeCom's id of the contact way
 * @param state       the lead-tracking state
 * @param qrCode      the QR code's URL (scene QR code), or empty
 * @param users       the members who answer
 * @param departments the departments whose members answer
 * @param remark      the operators' note, or empty
 * @param skipVerify  whether customers are added without confirmation
 */
public record ContactWay(String configId, String state, Optional<String> qrCode, List<String> users, List<Long> departments,
                         Optional<String> remark, boolean skipVerify) {
    public ContactWay {
        Checks.notBlank(configId, "configId");
        Checks.notBlank(state, "state");
        Checks.notNull(qrCode, "qrCode");
        users = Checks.listOf(users, "users");
        departments = Checks.listOf(departments, "departments");
        Checks.notNull(remark, "remark");
    }
}
