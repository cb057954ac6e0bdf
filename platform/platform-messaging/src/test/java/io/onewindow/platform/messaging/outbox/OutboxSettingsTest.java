package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OutboxSettingsTest {

    @Test
    void bindsDefaultsThatRunLocally() {
        OutboxSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(OutboxSettings.defaults());
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void bindsOverrides() {
        OutboxSettings settings = bind(Map.of(
                "onewindow.messaging.outbox.poll-interval", "2s",
                "onewindow.messaging.outbox.send-timeout", "3s",
                "onewindow.messaging.outbox.claim-duration", "1m",
                "onewindow.messaging.outbox.instance-id", "appointment-1"));

        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.claimDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.instanceId()).isEqualTo("appointment-1");
    }

    @Test
    void refusesAClaimThatEndsBeforeTheBrokerMustHaveAnswered() {
        assertThatThrownBy(() -> bind(Map.of(
                        "onewindow.messaging.outbox.send-timeout", "30s",
                        "onewindow.messaging.outbox.claim-duration", "30s")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("claim-duration");
    }

    private static OutboxSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("onewindow.messaging.outbox", Bindable.of(OutboxSettings.class));
    }
}
