package io.github.mediaops.core.plan;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One slot of a content plan: what goes out on which account, when, and who owns it.
 *
 * @param id        unique within the plan; never blank
 * @param at        the planned publish instant
 * @param zone      the zone the slot was planned in (the calendar shows {@code at} in this zone)
 * @param account   the account to publish on
 * @param contentId the id of the content item, or {@code null} while the slot holds only an idea
 * @param title     a working title or idea; never blank
 * @param owner     who is responsible; never blank
 * @param status    progress of the entry
 * @param theme     the plan theme this entry serves, or {@code null}
 */
public record PlanEntry(String id, Instant at, ZoneId zone, AccountRef account, String contentId, String title,
                        String owner, EntryStatus status, String theme) {
    public PlanEntry {
        Checks.notBlank(id, "id");
        Checks.notNull(at, "at");
        Checks.notNull(zone, "zone");
        Checks.notNull(account, "account");
        Checks.blankToNullRejected(contentId, "contentId");
        Checks.notBlank(title, "title");
        Checks.notBlank(owner, "owner");
        Checks.notNull(status, "status");
        Checks.blankToNullRejected(theme, "theme");
    }

    /** A planned slot with an idea only, at a local date-time in a zone. */
    public static PlanEntry planned(String id, ZonedDateTime at, AccountRef account, String title, String owner,
                                    String theme) {
        Checks.notNull(at, "at");
        return new PlanEntry(id, at.toInstant(), at.getZone(), account, null, title, owner, EntryStatus.PLANNED, theme);
    }

    public Platform platform() {
        return account.platform();
    }

    /** The slot in its planning zone. */
    public ZonedDateTime localTime() {
        return at.atZone(zone);
    }

    public Optional<String> content() {
        return Optional.ofNullable(contentId);
    }

    public Optional<String> themeName() {
        return Optional.ofNullable(theme);
    }

    public PlanEntry withStatus(EntryStatus next) {
        return new PlanEntry(id, at, zone, account, contentId, title, owner, Checks.notNull(next, "status"), theme);
    }

    public PlanEntry withContent(String newContentId) {
        return new PlanEntry(id, at, zone, account, Checks.notBlank(newContentId, "contentId"), title, owner, status, theme);
    }
}
