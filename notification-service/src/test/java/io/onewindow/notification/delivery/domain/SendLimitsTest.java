package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendLimitsTest {

    private final SendLimits limits = new SendLimits(100, 3);

    @Test
    void sendsBelowBothLimits() {
        assertThat(limits.refusal(99, 2)).isEmpty();
    }

    @Test
    void theServicesDailyCapRefusesTheHundredAndFirst() {
        assertThat(limits.refusal(100, 0)).contains(SendLimits.DAILY_CAP);
    }

    @Test
    void theRecipientLimitRefusesTheFourthToOnePerson() {
        assertThat(limits.refusal(10, 3)).contains(SendLimits.RECIPIENT_LIMIT);
    }

    @Test
    void theDailyCapIsNamedWhenBothAreReached() {
        assertThat(limits.refusal(100, 3)).contains(SendLimits.DAILY_CAP);
    }

    @Test
    void aZeroCapSendsNothing() {
        assertThat(new SendLimits(0, 10).refusal(0, 0)).contains(SendLimits.DAILY_CAP);
    }
}
