package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sampling review (定期审查复核) of the cases decided in a period is about to be drawn: the
 * commitment to its random seed, published before the draw so that the seed revealed with the
 * result ({@link SampleDrawn}) can be checked against it.
 *
 * @param samplingId the sampling's id (aggregate id), {@code sampling-<from>-<period>}
 * @param periodFrom first day of the period (district time)
 * @param periodTo the day after the period's last day
 * @param seedCommitment {@code SHA-256(seed bytes)}, lower-case hex
 * @param committedAt when the commitment was stored
 */
@EventType("onewindow.supervision.SampleSeedCommitted.v1")
public record SampleSeedCommitted(
        String samplingId, LocalDate periodFrom, LocalDate periodTo, String seedCommitment, Instant committedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return samplingId;
    }
}
