package io.github.mediaops.core.plan;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A theme of a content plan (a product launch, a festival, a brand story line).
 *
 * @param name        unique within the plan; never blank
 * @param description what the theme is about; may be empty
 * @param keywords    words that identify content on the theme (also used to match hot topics)
 */
public record PlanTheme(String name, String description, List<String> keywords) {
    public PlanTheme {
        Checks.notBlank(name, "name");
        Checks.notNull(description, "description");
        keywords = Checks.notBlankEach(keywords, "keywords");
    }
}
