package io.github.mediaops.core.rules;

/** The text fields of a {@link io.github.mediaops.core.content.ContentItem} that platform rules limit. */
public enum TextField {
    TITLE("title"),
    BODY("body"),
    SUMMARY("summary");

    private final String fieldName;

    TextField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The record component name, as used in {@link Violation#field()}: {@code title}, {@code body}, {@code summary}. */
    public String fieldName() {
        return fieldName;
    }
}
