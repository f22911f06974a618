package io.github.mediaops.connector.xiaohongshu;

/** How a hand-off package is written. */
public enum PackageFormat {
    /** A folder {@code <handoffId>/} holding {@code manifest.json}, {@code note.txt} and the media files. */
    FOLDER,
    /** One file {@code <handoffId>.zip} with the same entries. */
    ZIP
}
