package io.onewindow.elicense.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GrantTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final Grant grant = Grant.give(
            "g1", "lic-1", "440113199003071235", "tax", "tax registration", NOW.plus(Duration.ofDays(7)), NOW);

    @Test
    void permitsOnlyTheNamedDepartmentAndPurposeUntilItsExpiry() {
        assertThat(grant.permits("tax", "tax registration", NOW)).isTrue();
        assertThat(grant.permits("housing", "tax registration", NOW)).isFalse();
        assertThat(grant.permits("tax", "something else", NOW)).isFalse();
        assertThat(grant.permits("tax", "tax registration", NOW.plus(Duration.ofDays(7))))
                .isFalse();
    }

    @Test
    void permitsNothingOnceWithdrawn() {
        Grant withdrawn = grant.withdraw(NOW);
        assertThat(withdrawn.permits("tax", "tax registration", NOW)).isFalse();
        assertThatThrownBy(() -> withdrawn.withdraw(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesAnExpiryInThePastOrTooFarAhead() {
        assertThatThrownBy(() -> Grant.give("g", "l", "h", "tax", "p", NOW, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Grant.give("g", "l", "h", "tax", "p", NOW.plus(Duration.ofDays(400)), NOW))
                .isInstanceOf(InvalidValueException.class);
    }
}
