package io.github.mediaops.core.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What must be declared about a piece of content.
 *
 * @param paid        paid or sponsored content (商业推广, 广告): needs a visible 广告 label
 * @param aiGenerated text, images, audio or video generated or synthesised by AI: needs an explicit
 *                    declaration such as 「AI生成」
 */
public record Disclosure(@JsonProperty(required = true) boolean paid,
                         @JsonProperty(required = true) boolean aiGenerated) {
    /** Organic content, made by people. */
    public static final Disclosure NONE = new Disclosure(false, false);
}
