package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A 「联系我」 contact way to create or update ({@code externalcontact/add_contact_way}): who answers, the
 * lead-tracking {@code state}, and how it is shown. A contact way with one member is WeCom's type 1 (single),
 * with several members or any department type 2 (multi). Build it with {@link #builder(String, String, String...)}.
 *
 * @param state          the tracking state WeCom hands back with each contact it brings (≤ 30 characters, {@link LeadStates})
 * @param users          the members (userids) who answer; may be empty only when {@code departments} is not
 * @param departments    department ids whose members answer (multi contact ways only)
 * @param scene          where it is shown
 * @param remark         a note for the operators (≤ 30 characters), or empty
 * @param skipVerify     whether customers are added without the member confirming (WeCom's default: true)
 * @param idempotencyKey the key that makes creating it once safe to repeat
 */
public record ContactWayRequest(String state, List<String> users, List<Long> departments, Scene scene, Optional<String> remark,
                                boolean skipVerify, String idempotencyKey) {
    /** WeCom's {@code remark} limit, in characters. */
    public static final int REMARK_MAX_CHARS = 30;

    /** Where the contact way is shown ({@code scene}). */
    public enum Scene {
        /** 1: a 「联系我」 button in a mini-program. */
        MINI_PROGRAM_BUTTON(1),
        /** 2: a QR code ({@code qr_code} in the answer). */
        QR_CODE(2);

        private final int code;

        Scene(int code) {
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /** Validates: a state that fits, at least one member or department, one member for a single contact way. */
    public ContactWayRequest {
        LeadStates.contactWayState(state);
        users = Checks.notBlankEach(users, "users");
        departments = Checks.listOf(departments, "departments");
        Checks.notNull(scene, "scene");
        Checks.notNull(remark, "remark");
        remark.ifPresent(r -> {
            if (r.codePointCount(0, r.length()) > REMARK_MAX_CHARS) {
                throw new InvalidValueException("remark", "remark must have at most " + REMARK_MAX_CHARS
                        + " characters (was " + Checks.show(r) + ")");
            }
        });
        if (users.isEmpty() && departments.isEmpty()) {
            throw new InvalidValueException("users", "a contact way needs at least one member or department");
        }
        Checks.notBlank(idempotencyKey, "idempotencyKey");
    }

    /** WeCom's {@code type}: 1 single (one member), 2 multi. */
    int type() {
        return users.size() == 1 && departments.isEmpty() ? 1 : 2;
    }

    /** A builder for a QR-code contact way answered by {@code user} (and {@code moreUsers}). */
    public static Builder builder(String state, String user, String... moreUsers) {
        return new Builder(state, user, moreUsers);
    }

    /** Builds a {@link ContactWayRequest}. */
    public static final class Builder {
        private final String state;
        private final List<String> users;
        private List<Long> departments = List.of();
        private Scene scene = Scene.QR_CODE;
        private String remark;
        private boolean skipVerify = true;
        private String idempotencyKey;

        private Builder(String state, String user, String... more) {
            this.state = state;
            java.util.ArrayList<String> all = new java.util.ArrayList<>();
            all.add(user);
            all.addAll(List.of(Checks.notNull(more, "moreUsers")));
            this.users = all;
        }

        /** Departments whose members answer too. */
        public Builder departments(List<Long> ids) {
            this.departments = Checks.listOf(ids, "departments");
            return this;
        }

        public Builder scene(Scene scene) {
            this.scene = scene;
            return this;
        }

        public Builder remark(String remark) {
            this.remark = Checks.notBlank(remark, "remark");
            return this;
        }

        /** {@code false}: the member confirms each new customer. */
        public Builder skipVerify(boolean skip) {
            this.skipVerify = skip;
            return this;
        }

        /** The idempotency key; default {@code contact-way:<state>}, so one state gets one contact way. */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        public ContactWayRequest build() {
            return new ContactWayRequest(state, users, departments, scene, Optional.ofNullable(remark), skipVerify,
                    idempotencyKey == null ? "contact-way:" + state : idempotencyKey);
        }
    }
}
