package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * Every sampled case of a sampling has its finding: the seed is revealed, so that anyone holding the
 * candidates can check it against the commitment ({@link SampleSeedCommitted}) and re-run the draw.
 * Not earlier: with the seed, a reviewed department could rank its own decided cases and tell which
 * of them are under review. A sampling that drew no case reveals its seed with the draw.
 *
 * @param samplingId the sampling's id (aggregate id)
 * @param seed the seed, 32 bytes in lower-case hex
 * @param seedCommitment {@code SHA-256(seed bytes)} as committed
 * @param revealedAt when the last finding was recorded (or the draw, for an empty sample)
 */
@EventType("onewindow.supervision.SampleSeedRevealed.v1")
public record SampleSeedRevealed(String samplingId, String seed, String seedCommitment, Instant revealedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return samplingId;
    }
}
