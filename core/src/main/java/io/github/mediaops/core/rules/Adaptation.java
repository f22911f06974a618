package io.github.mediaops.core.rules;

import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The result of adapting a master item to one platform form.
 *
 * @param variant    the adapted item; its {@code changes} hold {@link #changes()} in words
 * @param form       the platform form adapted to
 * @param changes    every change made, in order
 * @param coverCrops the crops of the cover for each ratio the form derives; empty without a cover
 * @param thread     the posts of a thread when long text was split (the variant's body is the first
 *                   post); empty otherwise
 * @param remaining  the validation of the adapted item: what adaptation could not fix (a missing
 *                   video, a too-long video, a missing required link ...)
 */
public record Adaptation(ContentVariant variant, String form, List<Change> changes, List<CoverCrop> coverCrops,
                         List<String> thread, ValidationReport remaining) {
    public Adaptation {
        Checks.notNull(variant, "variant");
        Checks.notBlank(form, "form");
        changes = Checks.listOf(changes, "changes");
        coverCrops = Checks.listOf(coverCrops, "coverCrops");
        thread = Checks.listOf(thread, "thread");
        Checks.notNull(remaining, "remaining");
    }
}
