package io.github.mediaops.connector.juguang;

/** Which date 蒲公英 selects post data by ({@code date_type}). */
public enum KolDateBasis {
    /** {@code date_type 1}: the order's creation day. */
    ORDER_CREATED(1),
    /** {@code date_type 2}: the note's publication day. */
    NOTE_PUBLISHED(2);

    private final int code;

    KolDateBasis(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
