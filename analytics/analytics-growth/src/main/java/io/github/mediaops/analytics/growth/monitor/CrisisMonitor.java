package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Watches a stream of hourly negative-comment counts for a crisis.
 *
 * <p>For every bucket the negative count x is compared with its hour-of-week baseline (mean μ, sd σ):
 * <ol>
 *   <li>z = (x - μ)/σ feeds an EWMA chart (target 0, σ 1) and an upper CUSUM (k, h);</li>
 *   <li>the volume is tested against Poisson(μ) and the share against Binomial(total, p₀);
 *       each test fires when its one-sided p-value is below α;</li>
 *   <li>x ≥ criticalMultiple·max(μ, 1) fires {@link Signal#VOLUME_MULTIPLE}.</li>
 * </ol>
 * No signal counts while x is below {@code minNegative} (a handful of complaints at 4 a.m. is not a
 * crisis). Signals are grouped in four families: EWMA; CUSUM; the two exact tests (volume and share
 * look at the same count, so together they count once); the volume multiple. The raw level is
 * NONE / WATCH / WARNING / CRITICAL for 0 / 1 / 2 / ≥3 families firing, and CRITICAL whenever
 * {@link Signal#VOLUME_MULTIPLE} fires together with another family.
 * <b>Escalation</b>: after {@code escalateAfter} consecutive buckets at WATCH or above, the level is
 * raised by one, provided the current bucket is itself above normal (z &gt; 0: a slowly decaying EWMA
 * after the spike has passed does not escalate). <b>Cool-down</b>: an alert is emitted when the level rises above the last alerted
 * level, or when it stays at or above WATCH and the last alert is at least {@code cooldown} old;
 * after {@code cooldown} without any signal the last alerted level resets to NONE. Only levels at or
 * above {@link MonitorConfig#alertFrom()} (default WARNING) emit alerts.
 *
 * <p>Pure: the monitor keeps no state between calls; {@link #evaluate} processes a whole stream,
 * and a host that streams keeps the tail of the series and re-evaluates, or keeps a
 * {@link State} with {@link #step}.
 *
 * @since 0.1.0
 */
public final class CrisisMonitor {
    private final String id;
    private final HourOfWeekBaseline baseline;
    private final MonitorConfig config;
    private final EwmaChart ewma;

    /**
     * @param id       names the monitored subject in alerts (a brand, an account); not blank
     * @param baseline what is normal for each hour of week
     * @param config   thresholds and rules
     */
    public CrisisMonitor(String id, HourOfWeekBaseline baseline, MonitorConfig config) {
        this.id = Checks.notBlank(id, "id");
        this.baseline = Checks.notNull(baseline, "baseline");
        this.config = Checks.notNull(config, "config");
        this.ewma = EwmaChart.builder().target(0).sigma(1).lambda(config.ewmaLambda()).width(config.ewmaWidth()).build();
    }

    /** The monitor's memory between buckets: immutable, start with {@link #initialState()}. */
    public record State(double ewma, double cusum, int alertingRun, AlertLevel lastAlerted, Instant lastAlertAt,
                        Instant lastSignalAt, Instant lastBucket) {
    }

    /** The result of one step: the assessment, the alert if one is emitted, and the next state. */
    public record Step(Assessment assessment, Alert alert, State state) {
        /** The alert, when this step emitted one. */
        public java.util.Optional<Alert> alertIfAny() {
            return java.util.Optional.ofNullable(alert);
        }
    }

    /** The result of a whole stream. */
    public record Report(List<Assessment> assessments, List<Alert> alerts) {
        /** Validates the components; bad values fail with the field named. */
        public Report {
            assessments = List.copyOf(assessments);
            alerts = List.copyOf(alerts);
        }
    }

    /** @return the state before the first hour: statistics at their targets, nothing alerted */
    public State initialState() {
        return new State(0, 0, 0, AlertLevel.NONE, null, null, null);
    }

    /**
     * Evaluates a stream of buckets in time order. An empty stream gives an empty report.
     *
     * @throws InvalidValueException if the buckets are not strictly increasing in time
     */
    public Report evaluate(List<HourlyCount> stream) {
        List<HourlyCount> s = Checks.listOf(stream, "stream");
        List<Assessment> out = new ArrayList<>(s.size());
        List<Alert> alerts = new ArrayList<>();
        State st = initialState();
        for (HourlyCount c : s) {
            Step step = step(st, c);
            out.add(step.assessment());
            if (step.alert() != null) {
                alerts.add(step.alert());
            }
            st = step.state();
        }
        return new Report(out, alerts);
    }

    /** Processes one bucket. */
    public Step step(State state, HourlyCount c) {
        Checks.notNull(state, "state");
        Checks.notNull(c, "count");
        if (state.lastBucket() != null && !c.start().isAfter(state.lastBucket())) {
            throw new InvalidValueException("stream", "buckets must be in strictly increasing time order: "
                    + c.start() + " does not follow " + state.lastBucket());
        }
        Instant t = c.start();
        double mu = baseline.expectedNegative(t);
        double sd = baseline.sd(t);
        double z = (c.negative() - mu) / sd;
        double e = ewma.next(state.ewma(), z);
        double cu = Math.max(0, state.cusum() + z - config.cusumK());
        double volumeP = CountTests.poissonUpper(c.negative(), mu);
        double shareP = c.total() == 0 ? 1 : CountTests.binomialUpper(c.negative(), c.total(), baseline.share(t));
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        boolean enough = c.negative() >= config.minNegative();
        if (enough) {
            if (e > ewma.upperLimit()) {
                signals.add(Signal.EWMA);
            }
            if (cu > config.cusumH()) {
                signals.add(Signal.CUSUM);
            }
            if (volumeP < config.testAlpha()) {
                signals.add(Signal.VOLUME_TEST);
            }
            if (shareP < config.testAlpha()) {
                signals.add(Signal.SHARE_TEST);
            }
            if (c.negative() >= config.criticalMultiple() * Math.max(mu, 1)) {
                signals.add(Signal.VOLUME_MULTIPLE);
            }
        }
        double nextCusum = cu > config.cusumH() ? 0 : cu;
        int families = (signals.contains(Signal.EWMA) ? 1 : 0) + (signals.contains(Signal.CUSUM) ? 1 : 0)
                + (signals.contains(Signal.VOLUME_TEST) || signals.contains(Signal.SHARE_TEST) ? 1 : 0)
                + (signals.contains(Signal.VOLUME_MULTIPLE) ? 1 : 0);
        AlertLevel raw = switch (families) {
            case 0 -> AlertLevel.NONE;
            case 1 -> AlertLevel.WATCH;
            case 2 -> AlertLevel.WARNING;
            default -> AlertLevel.CRITICAL;
        };
        if (signals.contains(Signal.VOLUME_MULTIPLE) && families >= 2) {
            raw = AlertLevel.CRITICAL;
        }
        int run = raw == AlertLevel.NONE ? 0 : state.alertingRun() + 1;
        AlertLevel level = raw;
        boolean escalated = false;
        if (raw != AlertLevel.NONE && run > config.escalateAfter() && z > 0) {
            level = raw.up();
            escalated = level != raw;
        }
        Instant lastSignal = raw == AlertLevel.NONE ? state.lastSignalAt() : t;
        AlertLevel lastAlerted = state.lastAlerted();
        Instant lastAlertAt = state.lastAlertAt();
        Duration cd = config.cooldown();
        if (raw == AlertLevel.NONE && lastSignal != null && !t.isBefore(lastSignal.plus(cd))) {
            lastAlerted = AlertLevel.NONE;
        }
        Assessment a = new Assessment(c, mu, z, e, cu, volumeP, shareP, signals, level);
        Alert alert = null;
        if (level != AlertLevel.NONE && level.compareTo(config.alertFrom()) >= 0) {
            boolean rises = level.compareTo(lastAlerted) > 0;
            boolean cooled = lastAlertAt == null || !t.isBefore(lastAlertAt.plus(cd));
            if (rises || cooled) {
                alert = new Alert(id, a, level, escalated);
                lastAlerted = level;
                lastAlertAt = t;
            }
        }
        State next = new State(e, nextCusum, run, lastAlerted, lastAlertAt, lastSignal, t);
        return new Step(a, alert, next);
    }
}
