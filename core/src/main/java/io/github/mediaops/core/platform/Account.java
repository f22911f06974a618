package io.github.mediaops.core.platform;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Set;

/**
 * An account on a platform, as the operator's team knows it.
 *
 * @param ref          platform and platform account id
 * @param handle       the public handle or username (without {@code @}), never blank
 * @param displayName  the name shown on the profile, never blank
 * @param verification how the platform has verified the account
 * @param roles        what the account is to the team (own brand, competitor, KOL, partner, ...)
 */
public record Account(AccountRef ref, String handle, String displayName, VerificationState verification,
                      Set<AccountRole> roles) {

    public Account {
        Checks.notNull(ref, "ref");
        Checks.notBlank(handle, "handle");
        if (handle.startsWith("@")) {
            throw new InvalidValueException("handle",
                    "handle must not start with @ (was " + Checks.show(handle) + ")");
        }
        Checks.notBlank(displayName, "displayName");
        Checks.notNull(verification, "verification");
        roles = Checks.setOf(roles, "roles");
    }

    public Platform platform() {
        return ref.platform();
    }

    public boolean hasRole(AccountRole role) {
        return roles.contains(role);
    }
}
