package io.github.mediaops.core.content;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The copyright status of a media asset.
 *
 * @param kind    on what terms the asset may be used
 * @param owner   who holds the copyright (the brand, a photographer, a stock library); never blank
 * @param expires the last day the licence allows use, or {@code null} when it does not expire
 */
public record AssetLicense(LicenseKind kind, String owner, LocalDate expires) {
    public AssetLicense {
        Checks.notNull(kind, "kind");
        Checks.notBlank(owner, "owner");
    }

    /** An asset the given owner holds outright, with no expiry. */
    public static AssetLicense owned(String owner) {
        return new AssetLicense(LicenseKind.OWNED, owner, null);
    }

    public static AssetLicense licensed(String owner, LocalDate expires) {
        return new AssetLicense(LicenseKind.LICENSED, owner, Checks.notNull(expires, "expires"));
    }

    /** The expiry, when the licence has one. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expires);
    }

    /** Whether the asset may be published on {@code day}: rights known and licence not expired. */
    public boolean usableOn(LocalDate day) {
        return kind != LicenseKind.UNKNOWN && (expires == null || !day.isAfter(expires));
    }
}
