package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based triage of comments and private messages: intent, priority, queue and SLA deadlines.
 *
 * <p>Text and keywords are normalised with Unicode NFKC (full-width letters, digits and punctuation
 * become their ASCII forms, so "？" matches "?") and lower-cased. Of the rules
 * whose keywords occur in the text, the one with the most urgent priority wins, ties going to the
 * earlier rule; an item no rule matches is {@link Intent#OTHER} at P4 in the default queue. Deadlines
 * are the item's time plus the {@link SlaPolicy} durations for its priority.
 *
 * @since 0.1.0
 */
public final class InboxTriage {
    private final List<TriageRule> rules;
    private final List<List<String>> normalised;
    private final SlaPolicy sla;
    private final String defaultQueue;

    private InboxTriage(List<TriageRule> rules, SlaPolicy sla, String defaultQueue) {
        this.rules = rules;
        this.sla = sla;
        this.defaultQueue = defaultQueue;
        List<List<String>> n = new ArrayList<>();
        for (TriageRule r : rules) {
            n.add(r.keywords().stream().map(InboxTriage::normalise).toList());
        }
        this.normalised = List.copyOf(n);
    }

    /** @throws InvalidValueException if two rules share an id */
    public static InboxTriage of(List<TriageRule> rules, SlaPolicy sla, String defaultQueue) {
        List<TriageRule> list = Checks.listOf(rules, "rules");
        Set<String> ids = new HashSet<>();
        for (TriageRule r : list) {
            if (!ids.add(r.id())) {
                throw new InvalidValueException("rules", "duplicate rule id " + Checks.show(r.id()));
            }
        }
        return new InboxTriage(list, Checks.notNull(sla, "sla"), Checks.notBlank(defaultQueue, "defaultQueue"));
    }

    /** {@link TriageRule#DEFAULTS}, {@link SlaPolicy#DEFAULT}, default queue "care". */
    public static InboxTriage defaults() {
        return of(TriageRule.DEFAULTS, SlaPolicy.DEFAULT, "care");
    }

    /**
     * Triages one item: the most urgent rule with a keyword in the text gives its intent, priority and queue
     * (OTHER, P4 and the default queue when none matches); the SLA policy gives the due times.
     *
     * @param item the item
     * @return the triage
     */
    public Triage triage(InboxItem item) {
        Checks.notNull(item, "item");
        String text = normalise(item.text());
        int best = -1;
        String keyword = null;
        for (int i = 0; i < rules.size(); i++) {
            if (best >= 0 && rules.get(i).priority().compareTo(rules.get(best).priority()) >= 0) {
                continue;
            }
            for (int k = 0; k < normalised.get(i).size(); k++) {
                if (text.contains(normalised.get(i).get(k))) {
                    best = i;
                    keyword = rules.get(i).keywords().get(k);
                    break;
                }
            }
        }
        Intent intent = best < 0 ? Intent.OTHER : rules.get(best).intent();
        Priority priority = best < 0 ? Priority.P4 : rules.get(best).priority();
        String queue = best < 0 ? defaultQueue : rules.get(best).queue();
        return new Triage(item, intent, priority, queue, best < 0 ? null : rules.get(best).id(), keyword,
                item.receivedAt().plus(sla.firstResponse().get(priority)), item.receivedAt().plus(sla.resolution().get(priority)));
    }

    /** Triage of every item, most urgent first, then oldest first. */
    public List<Triage> triageAll(List<InboxItem> items) {
        List<Triage> out = new ArrayList<>();
        for (InboxItem i : Checks.listOf(items, "items")) {
            out.add(triage(i));
        }
        out.sort(Comparator.comparing(Triage::priority).thenComparing(t -> t.item().receivedAt()));
        return List.copyOf(out);
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
