package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.notification.delivery.domain.SmsProvider.ProviderAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsFailoverTest {

    private final OutboundMessage message = new OutboundMessage(
            "d-1", "13800000000", "BOOKING_CONFIRMED", "booking.confirmed", Map.of("matterCode", "MR-001"));

    /** A provider answering what it is told, remembering what it was asked. */
    static final class Scripted implements SmsProvider {
        final String name;
        final ProviderAnswer answer;
        final List<String> asked = new ArrayList<>();

        Scripted(String name, ProviderAnswer answer) {
            this.name = name;
            this.answer = answer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ProviderAnswer send(String phone, String templateCode, Map<String, String> params, String reference) {
            asked.add(phone + "|" + templateCode + "|" + params + "|" + reference);
            return answer;
        }
    }

    private static SmsFailover failover(Scripted primary, Scripted secondary) {
        return new SmsFailover(List.of(primary, secondary), OutboundMessage::templateKey);
    }

    @Test
    void thePrimarySendsWhenItIsUpAndTheSecondaryIsNotAsked() {
        Scripted primary = new Scripted("primary", new ProviderAnswer.Taken("p-1"));
        Scripted secondary = new Scripted("secondary", new ProviderAnswer.Taken("s-1"));

        SendOutcome outcome = failover(primary, secondary).send(message);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted("primary", "p-1", false));
        assertThat(primary.asked).containsExactly("13800000000|booking.confirmed|{matterCode=MR-001}|d-1");
        assertThat(secondary.asked).isEmpty();
    }

    @Test
    void anUnavailablePrimaryPassesTheSameMessageToTheSecondary() {
        Scripted primary = new Scripted("primary", new ProviderAnswer.Unavailable("sms-unavailable-500"));
        Scripted secondary = new Scripted("secondary", new ProviderAnswer.Taken("s-1"));

        SendOutcome outcome = failover(primary, secondary).send(message);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted("secondary", "s-1", false));
        assertThat(secondary.asked).isEqualTo(primary.asked);
    }

    @Test
    void aRefusalIsFinalAndNotPassedOn() {
        Scripted primary = new Scripted("primary", new ProviderAnswer.Refused("sms-rejected-400"));
        Scripted secondary = new Scripted("secondary", new ProviderAnswer.Taken("s-1"));

        SendOutcome outcome = failover(primary, secondary).send(message);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("primary", "sms-rejected-400", false));
        assertThat(secondary.asked).isEmpty();
    }

    @Test
    void bothUnavailableIsARetryableFailureWithTheLastReason() {
        Scripted primary = new Scripted("primary", new ProviderAnswer.Unavailable("sms-connection-refused"));
        Scripted secondary = new Scripted("secondary", new ProviderAnswer.Unavailable("sms-timeout"));

        SendOutcome outcome = failover(primary, secondary).send(message);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("secondary", "sms-timeout", true));
    }
}
