package io.github.mediaops.connector.support.handoff;

/** How a hand-off package is written. */
public enum PackageFormat {
    /** A folder {@code <handoffId>/} holding {@code manifest.json}, {@code note.txt} (title and text to paste) and the media files. */
    FOLDER,
    /** One file {@code <handoffId>.zip} with the same entries. */
    ZIP
}
