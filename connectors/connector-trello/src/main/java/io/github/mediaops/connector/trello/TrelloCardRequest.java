package io.github.mediaops.connector.trello;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A card to create: a content calendar entry or an approval step, with an optional due date (from the
 * back-planner) and one checklist per production stage.
 *
 * @param listId     the Trello list ({@code idList}) the card goes to
 * @param name       the card title; never blank
 * @param desc       the description (Markdown); may be empty
 * @param due        when it is due, if it is
 * @param checklists the checklists to add, in order; may be empty
 */
public record TrelloCardRequest(String listId, String name, String desc, Optional<Instant> due,
                                List<Checklist> checklists) {
    public TrelloCardRequest {
        Checks.notBlank(listId, "listId");
        Checks.notBlank(name, "name");
        Checks.notNull(desc, "desc");
        Checks.notNull(due, "due");
        checklists = List.copyOf(Checks.notNull(checklists, "checklists"));
    }

    /** A card without due date or checklists. */
    public static TrelloCardRequest of(String listId, String name, String desc) {
        return new TrelloCardRequest(listId, name, desc, Optional.empty(), List.of());
    }

    /** This card due at {@code due}. */
    public TrelloCardRequest dueAt(Instant due) {
        return new TrelloCardRequest(listId, name, desc, Optional.of(Checks.notNull(due, "due")), checklists);
    }

    /** This card with one more checklist. */
    public TrelloCardRequest withChecklist(String checklistName, List<String> items) {
        List<Checklist> more = new java.util.ArrayList<>(checklists);
        more.add(new Checklist(checklistName, items));
        return new TrelloCardRequest(listId, name, desc, due, more);
    }

    /**
     * One checklist, e.g. a production stage with its steps.
     *
     * @param name  the checklist title; never blank
     * @param items the items, in order; none blank
     */
    public record Checklist(String name, List<String> items) {
        public Checklist {
            Checks.notBlank(name, "checklist name");
            items = List.copyOf(Checks.notNull(items, "items"));
            for (int i = 0; i < items.size(); i++) {
                Checks.notBlank(items.get(i), "items[" + i + "]");
            }
        }
    }
}
