package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The sample of a period's decided cases was drawn and assigned to reviewers outside the deciding
 * departments. Neither the sampled case ids nor the seed are in the event: the reviewed departments
 * must not learn which of their cases are under review before the review is done (inspectors read
 * them in the API). The seed is revealed by {@link SampleSeedRevealed} once every sampled case has
 * its finding.
 *
 * @param samplingId the sampling's id (aggregate id)
 * @param periodFrom first day of the period
 * @param periodTo the day after the period's last day
 * @param seed {@code null}: the seed is revealed later ({@link SampleSeedRevealed}); events written
 *     before that carry the seed (32 bytes in lower-case hex)
 * @param seedCommitment {@code SHA-256(seed bytes)} as committed in {@link SampleSeedCommitted}
 * @param candidates cases decided in the period
 * @param sampledPerDepartment how many cases of each department were drawn
 * @param drawnAt when it was drawn
 */
@EventType("onewindow.supervision.SampleDrawn.v1")
public record SampleDrawn(
        String samplingId,
        LocalDate periodFrom,
        LocalDate periodTo,
        String seed,
        String seedCommitment,
        int candidates,
        Map<String, Integer> sampledPerDepartment,
        Instant drawnAt)
        implements DomainEvent {

    public SampleDrawn {
        sampledPerDepartment = sampledPerDepartment == null ? Map.of() : Map.copyOf(sampledPerDepartment);
    }

    @Override
    public String aggregateId() {
        return samplingId;
    }
}
