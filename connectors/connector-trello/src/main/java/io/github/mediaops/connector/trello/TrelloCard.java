package io.github.mediaops.connector.trello;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A card the connector created.
 *
 * @param id           Trello's card id
 * @param shortUrl     the card's short link
 * @param checklistIds the ids of its checklists, in the order requested
 */
public record TrelloCard(String id, String shortUrl, List<String> checklistIds) {
    public TrelloCard {
        Checks.notBlank(id, "id");
        Checks.notNull(shortUrl, "shortUrl");
        checklistIds = List.copyOf(Checks.notNull(checklistIds, "checklistIds"));
    }
}
