package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Lead capture: 「联系我」 contact ways ({@code externalcontact/add_contact_way}, {@code get_contact_way},
 * {@code update_contact_way}, {@code del_contact_way}; developer.work.weixin.qq.com/document/path/92228) and
 * 获客助手 acquisition links ({@code customer_acquisition/create_link}, {@code get}, {@code delete_link};
 * document 97297), each carrying a lead-tracking state that WeCom hands back in the
 * {@code add_external_contact} callback ({@link WeComEvent.ContactAdded#lead()}).
 *
 * <p>Creating is idempotent by key ({@link ContactWayRequest#idempotencyKey()}; the link's key argument): a
 * repeat returns the first contact way or link and sends nothing. Creating is never retried by the runtime; a
 * create whose answer was lost fails with {@link io.github.mediaops.core.connector.AmbiguousOutcomeException}
 * (WeCom has no lookup of a contact way by state, so the host decides).
 */
public final class WeComLeadCapture {
    private final WeComApi api;
    private final ConnectorRuntime runtime;

    WeComLeadCapture(WeComApi api, ConnectorRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    /** Creates a contact way with the request's state; the same idempotency key returns the first one. */
    public ContactWay createContactWay(ContactWayRequest request) {
        Checks.notNull(request, "request");
        String op = "cgi-bin/externalcontact/add_contact_way";
        WeComApi.AddContactWayResponse r = runtime.once("contact-way", request.idempotencyKey(),
                WeComApi.AddContactWayResponse.class, () -> {
                    WeComApi.AddContactWayResponse created = runtime.create(op, t -> api.addContactWay(t, body(null, request)));
                    if (created.configId() == null || created.configId().isBlank()) {
                        throw WeComErrors.WIRE.unexpected(op, "contact way created without config_id");
                    }
                    return created;
                });
        return new ContactWay(r.configId(), request.state(), Optional.ofNullable(r.qrCode()), request.users(),
                request.departments(), request.remark(), request.skipVerify());
    }

    /** The contact way with this config id, as WeCom holds it. */
    public ContactWay contactWay(String configId) {
        Checks.notBlank(configId, "configId");
        String op = "cgi-bin/externalcontact/get_contact_way";
        WeComApi.WireContactWay w = Optional.ofNullable(runtime.read(op, t -> api.getContactWay(t, new WeComApi.ConfigId(configId))).contactWay())
                .orElseThrow(() -> WeComErrors.WIRE.unexpected(op, "answer without contact_way"));
        if (w.configId() == null || w.state() == null || w.state().isBlank()) {
            throw WeComErrors.WIRE.unexpected(op, "contact way without config_id or state");
        }
        return new ContactWay(w.configId(), w.state(), Optional.ofNullable(w.qrCode()), list(w.user()), list(w.party()),
                Optional.ofNullable(w.remark()).filter(s -> !s.isBlank()), w.skipVerify() == null || w.skipVerify());
    }

    /** Replaces the contact way's members, state, remark and verification (its scene stays as created). */
    public ContactWay updateContactWay(String configId, ContactWayRequest request) {
        Checks.notBlank(configId, "configId");
        Checks.notNull(request, "request");
        runtime.write("cgi-bin/externalcontact/update_contact_way", t -> api.updateContactWay(t, body(configId, request)));
        return contactWay(configId);
    }

    /** Deletes the contact way; its QR code stops working. */
    public void deleteContactWay(String configId) {
        Checks.notBlank(configId, "configId");
        runtime.write("cgi-bin/externalcontact/del_contact_way", t -> api.deleteContactWay(t, new WeComApi.ConfigId(configId)));
    }

    /**
     * Creates an acquisition link answered by {@code users}; give each post its own
     * {@link AcquisitionLink#trackedUrl(String) tracked URL}. The same key returns the first link.
     */
    public AcquisitionLink createLink(String name, List<String> users, String idempotencyKey) {
        Checks.notBlank(name, "name");
        List<String> members = Checks.notBlankEach(users, "users");
        if (members.isEmpty()) {
            throw new InvalidValueException("users", "an acquisition link needs at least one member");
        }
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        String op = "cgi-bin/externalcontact/customer_acquisition/create_link";
        WeComApi.WireLink w = runtime.once("acquisition-link", idempotencyKey, WeComApi.WireLink.class, () -> {
            WeComApi.LinkResponse r = runtime.create(op, t -> api.createLink(t,
                    new WeComApi.LinkBody(name, new WeComApi.Range(members, null), true)));
            link(op, r.link(), members, List.of()); // an unusable answer is not kept as the key's result
            return r.link();
        });
        return link(op, w, members, List.of());
    }

    /** The acquisition link with this id. */
    public AcquisitionLink link(String linkId) {
        Checks.notBlank(linkId, "linkId");
        String op = "cgi-bin/externalcontact/customer_acquisition/get";
        WeComApi.LinkResponse r = runtime.read(op, t -> api.getLink(t, new WeComApi.LinkId(linkId)));
        WeComApi.WireLink w = r.link();
        WeComApi.WireLink withId = w == null ? null : new WeComApi.WireLink(w.linkId() == null ? linkId : w.linkId(),
                w.linkName(), w.url(), w.createTime(), w.skipVerify());
        WeComApi.Range range = r.range();
        return link(op, withId, range == null ? List.of() : list(range.userList()),
                range == null ? List.of() : list(range.departmentList()));
    }

    /** Deletes the acquisition link. */
    public void deleteLink(String linkId) {
        Checks.notBlank(linkId, "linkId");
        runtime.write("cgi-bin/externalcontact/customer_acquisition/delete_link", t -> api.deleteLink(t, new WeComApi.LinkId(linkId)));
    }

    private static AcquisitionLink link(String op, WeComApi.WireLink w, List<String> users, List<Long> departments) {
        if (w == null || w.linkId() == null || w.url() == null || w.createTime() == null) {
            throw WeComErrors.WIRE.unexpected(op, "link without link_id, url or create_time");
        }
        return new AcquisitionLink(w.linkId(), w.linkName() == null ? w.linkId() : w.linkName(), w.url(),
                Instant.ofEpochSecond(w.createTime()), users, departments);
    }

    private static WeComApi.ContactWayBody body(String configId, ContactWayRequest r) {
        return new WeComApi.ContactWayBody(configId, configId == null ? r.type() : null,
                configId == null ? r.scene().code() : null, r.remark().orElse(null), r.skipVerify(), r.state(),
                r.users().isEmpty() ? null : r.users(), r.departments().isEmpty() ? null : r.departments());
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
    }
}
