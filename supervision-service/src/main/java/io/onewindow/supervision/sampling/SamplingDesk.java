package io.onewindow.supervision.sampling;

import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.sampling.domain.Reviewer;
import io.onewindow.supervision.sampling.domain.ReviewerRoster;
import io.onewindow.supervision.sampling.domain.SampleCandidate;
import io.onewindow.supervision.sampling.domain.SampleLottery;
import io.onewindow.supervision.sampling.domain.Sampling;
import io.onewindow.supervision.sampling.domain.SamplingFigures;
import io.onewindow.supervision.sampling.domain.SamplingPeriod;
import io.onewindow.supervision.sampling.domain.SamplingRates;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The sampling review's draw (定期审查复核): for an ended period, commit to a fresh seed (stored and
 * published first), then draw from the cases decided in the period per department at the configured
 * rates and assign each drawn case to a reviewer outside its department. Drawing a period again gives
 * the sampling drawn before; a period committed but not drawn (a crash between) is drawn with its
 * committed seed.
 */
@UseCase
public class SamplingDesk {

    private static final Logger log = LoggerFactory.getLogger(SamplingDesk.class);

    private final SamplingStore store;
    private final CaseSupervision cases;
    private final MatterCatalog catalog;
    private final SupervisionSettings.Sampling settings;
    private final List<Reviewer> reviewers;
    private final SamplingRates rates;
    private final LocalDate anchor;
    private final ZoneId zone;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SamplingDesk(
            SamplingStore store,
            CaseSupervision cases,
            MatterCatalog catalog,
            SupervisionSettings settings,
            ServiceProperties service,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.catalog = catalog;
        this.settings = settings.sampling();
        this.reviewers = this.settings.reviewers().stream().map(Reviewer::parse).toList();
        this.rates = new SamplingRates(
                this.settings.baseRatePercent(),
                this.settings.onTheSpotRatePercent(),
                this.settings.agentFiledRatePercent());
        this.anchor = this.settings.anchorDay();
        this.zone = service.timeZone();
        this.clock = clock;
    }

    /**
     * A drawn sampling.
     *
     * @param sampling the sampling
     * @param drawnNow whether this call drew it (else it had been drawn before)
     */
    public record Drawn(Sampling sampling, boolean drawnNow) {}

    /**
     * Draws the period starting on {@code from}, or gives the sampling drawn before.
     *
     * @throws io.onewindow.platform.domain.InvalidValueException when no period starts on {@code from}
     * @throws io.onewindow.platform.domain.ConflictException when the period has not ended
     */
    public Drawn draw(LocalDate from) {
        SamplingPeriod period = SamplingPeriod.startingOn(from, settings.period(), anchor);
        period.requireEndedBy(today());
        return draw(period);
    }

    /** Draws the last ended period unless it was drawn; for the scheduled job. */
    public Optional<Drawn> drawLastEnded() {
        SamplingPeriod period = SamplingPeriod.lastEndedBy(today(), settings.period(), anchor);
        if (period == null) {
            return Optional.empty();
        }
        Optional<Sampling> existing = store.find(period.samplingId());
        if (existing.isPresent() && existing.get().isDrawn()) {
            return Optional.empty();
        }
        return Optional.of(draw(period));
    }

    private Drawn draw(SamplingPeriod period) {
        String id = period.samplingId();
        Optional<Sampling> existing = store.find(id);
        if (existing.isPresent() && existing.get().isDrawn()) {
            return new Drawn(existing.get(), false);
        }
        if (existing.isEmpty()) {
            try {
                store.add(Sampling.commit(period, SampleLottery.newSeed(random), clock.instant()));
            } catch (DuplicateKeyException raced) {
                // Committed concurrently (the job and an inspector): draw with that seed.
            }
        }
        List<SampleCandidate> decided = decidedIn(period);
        Instant now = clock.instant();
        boolean[] drawnNow = new boolean[1];
        Sampling sampling =
                store.change(id, s -> drawnNow[0] = s.draw(decided, rates, new ReviewerRoster(reviewers), now));
        if (drawnNow[0]) {
            log.info(
                    "Sampling {} drawn: {} of {} decided case(s)",
                    id,
                    sampling.sampled().size(),
                    sampling.candidates().size());
        }
        return new Drawn(sampling, drawnNow[0]);
    }

    /** The cases decided (approved or denied) in the period, as candidates. */
    List<SampleCandidate> decidedIn(SamplingPeriod period) {
        List<SampleCandidate> decided = new ArrayList<>();
        for (CaseTimeline timeline : cases.all()) {
            Instant decidedAt = decisionOf(timeline);
            if (decidedAt == null
                    || timeline.department() == null
                    || !period.contains(decidedAt.atZone(zone).toLocalDate())) {
                continue;
            }
            decided.add(new SampleCandidate(
                    timeline.id(),
                    timeline.department(),
                    timeline.decidedBy(),
                    decidedAt,
                    onTheSpot(timeline, decidedAt),
                    timeline.applicant().agent() != null));
        }
        return decided;
    }

    private static Instant decisionOf(CaseTimeline timeline) {
        if (timeline.decidedAt() != null) {
            return timeline.decidedAt();
        }
        boolean decision = "APPROVED".equals(timeline.outcome()) || "DENIED".equals(timeline.outcome());
        return decision ? timeline.completedAt() : null;
    }

    // On the spot (即办): the catalog promises 0 working days for the matter, or the case was received
    // at a window and decided on the day of receipt.
    private boolean onTheSpot(CaseTimeline timeline, Instant decidedAt) {
        boolean promisedNone = timeline.matterCode() != null
                && catalog.find(timeline.matterCode(), timeline.matterVersion())
                        .map(matter -> matter.promisedLimit() == 0)
                        .orElse(false);
        if (promisedNone) {
            return true;
        }
        return "WINDOW".equals(timeline.channel())
                && timeline.receivedAt() != null
                && timeline.receivedAt()
                        .atZone(zone)
                        .toLocalDate()
                        .equals(decidedAt.atZone(zone).toLocalDate());
    }

    /** Every sampling, newest period first. */
    public List<Sampling> all() {
        return store.all();
    }

    public Sampling find(String samplingId) {
        return store.get(samplingId);
    }

    /** The figures per period and department ({@code department} {@code null}: every one). */
    public List<SamplingFigures.Row> figures(String department) {
        return SamplingFigures.of(store.all(), department);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
