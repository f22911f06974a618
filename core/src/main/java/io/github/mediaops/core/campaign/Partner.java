package io.github.mediaops.core.campaign;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.util.Optional;

/**
 * An outside party in a campaign.
 *
 * @param kind    KOL, MCN, agency, ad platform or brand partner
 * @param name    the partner's name; never blank
 * @param account the partner's account when it has one that matters (a KOL's Douyin account), else {@code null}
 */
public record Partner(PartnerKind kind, String name, AccountRef account) {
    public Partner {
        Checks.notNull(kind, "kind");
        Checks.notBlank(name, "name");
    }

    public static Partner of(PartnerKind kind, String name) {
        return new Partner(kind, name, null);
    }

    public Optional<AccountRef> accountRef() {
        return Optional.ofNullable(account);
    }
}
