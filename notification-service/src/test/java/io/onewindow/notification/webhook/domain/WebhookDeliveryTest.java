package io.onewindow.notification.webhook.domain;

import static io.onewindow.notification.webhook.domain.WebhookFixtures.ACCEPTED;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.AT;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.acceptedEvent;
import static io.onewindow.notification.webhook.domain.WebhookFixtures.taxPartnerSubscribedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.notification.WebhookDeliveryDeadLettered;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    static final Duration LEASE = Duration.ofMinutes(2);
    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofHours(1), 3);
    final WebhookSubscription subscription = taxPartnerSubscribedTo(ACCEPTED);

    @Test
    void theIdFollowsFromSubscriptionAndEventSoTheSameEventMakesTheSameDelivery() {
        WebhookDelivery once = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        WebhookDelivery again = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT.plusSeconds(5));
        assertThat(again.id()).isEqualTo(once.id());
        assertThat(WebhookDelivery.create(subscription, acceptedEvent("evt-2"), AT)
                        .id())
                .isNotEqualTo(once.id());
        assertThat(WebhookDelivery.idOf("sub-2", "evt-1")).isNotEqualTo(once.id());
    }

    @Test
    void aClaimedAttemptCannotBeClaimedByAnotherSenderUntilTheLeaseEnds() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        assertThat(d.claim("a", AT, LEASE)).isTrue();
        assertThat(d.claim("b", AT.plusSeconds(119), LEASE)).isFalse();
        assertThat(d.recordAttempt("b", answered(AT, 200), AT, policy)).isFalse();
        assertThat(d.claim("b", AT.plus(LEASE), LEASE)).isTrue();
        assertThat(d.recordAttempt("a", answered(AT, 200), AT, policy)).isFalse();
        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void aNotYetDueDeliveryIsNotClaimed() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        d.claim("a", AT, LEASE);
        d.recordAttempt("a", answered(AT, 500), AT, policy);
        assertThat(d.nextAttemptAt()).isEqualTo(AT.plusSeconds(10));
        assertThat(d.claim("b", AT.plusSeconds(9), LEASE)).isFalse();
        assertThat(d.claim("b", AT.plusSeconds(10), LEASE)).isTrue();
    }

    @Test
    void aTwoHundredAnswerDeliversIt() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        attempt(d, AT, 204);
        assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(d.deliveredAt()).isEqualTo(AT);
        assertThat(d.claim("later", AT.plusSeconds(3600), LEASE)).isFalse();
        assertThat(d.pullEvents()).isEmpty();
    }

    @Test
    void failuresAreRetriedWithGrowingWaitsAndARedirectIsAFailure() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        attempt(d, AT, 500);
        assertThat(d.nextAttemptAt()).isEqualTo(AT.plusSeconds(10));
        attempt(d, AT.plusSeconds(10), 302);
        assertThat(d.nextAttemptAt()).isEqualTo(AT.plusSeconds(30));
        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.attempts()).extracting(DeliveryAttempt::statusCode).containsExactly(500, 302);
    }

    @Test
    void afterTheLastAttemptItIsDeadWithTheLastOutcomeAndTheEvent() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        attempt(d, AT, 500);
        attempt(d, AT.plusSeconds(10), 503);
        Instant last = AT.plusSeconds(30);
        assertThat(d.claim("x", last, LEASE)).isTrue();
        d.recordAttempt("x", new DeliveryAttempt(last, 1, null, 10_000, "timeout"), last, policy);
        assertThat(d.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(d.deadReason()).isEqualTo("timeout");
        assertThat(d.pullEvents())
                .singleElement()
                .isEqualTo(new WebhookDeliveryDeadLettered(
                        d.id(), "sub-1", "partner-tax", "tax", "evt-1", ACCEPTED, 3, "timeout", last));
    }

    @Test
    void redeliveryStartsANewSeriesWithTheSameEventAndIsRefusedWhilePending() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        assertThatThrownBy(() -> d.redeliver(AT))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("webhook-delivery.pending"));
        attempt(d, AT, 200);
        d.redeliver(AT.plusSeconds(60));
        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.series()).isEqualTo(2);
        assertThat(d.attemptsInSeries()).isZero();
        assertThat(d.event().id()).isEqualTo("evt-1");
        attempt(d, AT.plusSeconds(60), 500);
        assertThat(d.attempts()).extracting(DeliveryAttempt::series).containsExactly(1, 2);
    }

    @Test
    void aReleasedClaimMayBeTakenAgainAtOnce() {
        WebhookDelivery d = WebhookDelivery.create(subscription, acceptedEvent("evt-1"), AT);
        d.claim("a", AT, LEASE);
        assertThat(d.release("b")).isFalse();
        assertThat(d.release("a")).isTrue();
        assertThat(d.claim("b", AT, LEASE)).isTrue();
        assertThat(d.attempts()).isEmpty();
    }

    private void attempt(WebhookDelivery d, Instant at, int status) {
        assertThat(d.claim("t", at, LEASE)).isTrue();
        assertThat(d.recordAttempt("t", answered(at, status), at, policy)).isTrue();
    }

    private static DeliveryAttempt answered(Instant at, int status) {
        return new DeliveryAttempt(at, 1, status, 12, null);
    }
}
