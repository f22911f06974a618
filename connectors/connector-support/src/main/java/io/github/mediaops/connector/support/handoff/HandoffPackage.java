package io.github.mediaops.connector.support.handoff;

import io.github.mediaops.core.validate.Checks;
import java.nio.file.Path;

/**
 * A written hand-off package.
 *
 * @param location the folder or zip file
 * @param format   folder or zip
 * @param manifest what it holds
 */
public record HandoffPackage(Path location, PackageFormat format, HandoffManifest manifest) {
    public HandoffPackage {
        Checks.notNull(location, "location");
        Checks.notNull(format, "format");
        Checks.notNull(manifest, "manifest");
    }

    /** Shorthand for {@code manifest().handoffId()}. */
    public String handoffId() {
        return manifest.handoffId();
    }
}
