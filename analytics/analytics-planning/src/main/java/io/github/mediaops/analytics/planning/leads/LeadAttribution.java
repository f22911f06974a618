package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attributes private-traffic leads (follows, scans, WeCom contacts, sign-ups) to the touchpoints whose
 * tracking codes they carried, and counts leads per campaign, content, account and platform.
 *
 * <p>An event is matched by its {@link TrackingCodes} code; a landing URL without a code is matched
 * by its UTM parameters to the single {@link TrackingChannel#UTM_LINK} touchpoint with the same
 * campaign, content and platform ({@code utm_source} = platform id), and left unattributed when none
 * or several match. Each lead is credited once: to its first attributed event ({@link Rule#FIRST_TOUCH})
 * or its last ({@link Rule#LAST_TOUCH}).
 *
 * <pre>{@code
 * Touchpoint note = new Touchpoint("d11", "note-7", account, TrackingChannel.WECOM_CONTACT_STATE);
 * LeadReport r = LeadAttribution.of(List.of(note)).report(leadEvents, LeadAttribution.Rule.FIRST_TOUCH);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LeadAttribution {
    /** Which attributed event of a lead gets the credit. */
    public enum Rule { FIRST_TOUCH, LAST_TOUCH }

    private final Map<String, Touchpoint> byCode;
    private final List<Touchpoint> touchpoints;

    private LeadAttribution(Map<String, Touchpoint> byCode, List<Touchpoint> touchpoints) {
        this.byCode = byCode;
        this.touchpoints = touchpoints;
    }

    /**
     * @throws InvalidValueException if two different touchpoints share a code
     */
    public static LeadAttribution of(Collection<Touchpoint> touchpoints) {
        List<Touchpoint> list = Checks.listOf(touchpoints, "touchpoints");
        Map<String, Touchpoint> byCode = new HashMap<>();
        for (Touchpoint t : list) {
            Touchpoint prev = byCode.putIfAbsent(TrackingCodes.code(t), t);
            if (prev != null && !prev.equals(t)) {
                throw new InvalidValueException("touchpoints", "code collision between " + prev + " and " + t);
            }
        }
        return new LeadAttribution(Map.copyOf(byCode), List.copyOf(new HashSet<>(list)));
    }

    /** The code table the host stores: code → touchpoint. */
    public Map<String, Touchpoint> codes() {
        return byCode;
    }

    /** The touchpoint an event's tracking value points to, if any. */
    public Optional<Touchpoint> touchpointOf(LeadEvent event) {
        Checks.notNull(event, "event");
        if (event.trackingRaw() == null) {
            return Optional.empty();
        }
        Optional<String> code = TrackingCodes.extract(event.trackingRaw());
        if (code.isPresent()) {
            return Optional.ofNullable(byCode.get(code.get()));
        }
        Optional<UtmParams> utm;
        try {
            utm = UtmLinks.parse(event.trackingRaw());
        } catch (InvalidValueException notAUrl) {
            return Optional.empty();
        }
        if (utm.isEmpty()) {
            return Optional.empty();
        }
        UtmParams u = utm.get();
        List<Touchpoint> matches = touchpoints.stream().filter(t -> t.channel() == TrackingChannel.UTM_LINK
                && t.campaignId().equals(u.campaign()) && t.account().platform().id().equals(u.source())
                && t.content().equals(u.contentId())).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Leads per campaign, content, account and platform under {@code rule}. */
    public LeadReport report(List<LeadEvent> events, Rule rule) {
        List<LeadEvent> list = new ArrayList<>(Checks.listOf(events, "events"));
        Checks.notNull(rule, "rule");
        list.sort(Comparator.comparing(LeadEvent::at));
        Map<String, AttributedLead> credited = new TreeMap<>();
        Map<String, LeadEvent> firstSeen = new TreeMap<>();
        Map<LeadAction, Set<String>> actions = new EnumMap<>(LeadAction.class);
        for (LeadEvent e : list) {
            firstSeen.putIfAbsent(e.leadId(), e);
            actions.computeIfAbsent(e.action(), a -> new HashSet<>()).add(e.leadId());
            Optional<Touchpoint> t = touchpointOf(e);
            if (t.isPresent() && (rule == Rule.LAST_TOUCH || !credited.containsKey(e.leadId()))) {
                credited.put(e.leadId(), new AttributedLead(e.leadId(), e, t.get()));
            }
        }
        Map<String, Integer> byCampaign = new TreeMap<>();
        Map<String, Integer> byContent = new TreeMap<>();
        Map<AccountRef, Integer> byAccount = new HashMap<>();
        Map<Platform, Integer> byPlatform = new HashMap<>();
        List<AttributedLead> all = new ArrayList<>();
        for (Map.Entry<String, LeadEvent> lead : firstSeen.entrySet()) {
            AttributedLead a = credited.get(lead.getKey());
            if (a == null) {
                all.add(new AttributedLead(lead.getKey(), lead.getValue(), null));
                continue;
            }
            all.add(a);
            Touchpoint t = a.touchpoint();
            byCampaign.merge(t.campaignId(), 1, Integer::sum);
            t.content().ifPresent(c -> byContent.merge(c, 1, Integer::sum));
            byAccount.merge(t.account(), 1, Integer::sum);
            byPlatform.merge(t.account().platform(), 1, Integer::sum);
        }
        Map<LeadAction, Integer> byAction = new EnumMap<>(LeadAction.class);
        actions.forEach((k, v) -> byAction.put(k, v.size()));
        return new LeadReport(firstSeen.size(), firstSeen.size() - credited.size(), byCampaign, byContent, byAccount,
                byPlatform, byAction, all);
    }
}
