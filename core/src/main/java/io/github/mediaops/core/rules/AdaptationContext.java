package io.github.mediaops.core.rules;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one adaptation: the master, the item as adapted so far, the target form's
 * rules, and the changes recorded. Not thread-safe; one context serves one adaptation.
 */
public final class AdaptationContext {
    private final ContentItem master;
    private final FormatRules rules;
    private ContentItem item;
    private String currentStep = "host";
    private final List<Change> changes = new ArrayList<>();
    final List<CoverCrop> crops = new ArrayList<>();
    final List<String> thread = new ArrayList<>();
    /** Topics rendered for the end of the body; kept out of the body until lengths are fitted. */
    final List<String> tagTail = new ArrayList<>();

    AdaptationContext(ContentItem master, ContentItem start, FormatRules rules) {
        this.master = master;
        this.item = start;
        this.rules = rules;
    }

    /** The master item as given. */
    public ContentItem master() {
        return master;
    }

    /** The item as adapted so far. */
    public ContentItem item() {
        return item;
    }

    public FormatRules rules() {
        return rules;
    }

    public Platform platform() {
        return rules.platform();
    }

    /** Replaces the working item; record what changed with {@link #record}. */
    public void replace(ContentItem next) {
        this.item = Checks.notNull(next, "item");
    }

    /** Records a change made by the current step. */
    public void record(String field, String description) {
        changes.add(new Change(currentStep, field, description));
    }

    /** The changes recorded so far. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    void step(String name) {
        this.currentStep = name;
    }
}
