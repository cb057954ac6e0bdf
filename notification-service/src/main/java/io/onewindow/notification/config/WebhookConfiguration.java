package io.onewindow.notification.config;

import io.onewindow.notification.webhook.domain.RetryPolicy;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner webhooks' settings, retry policy, sender interval and the collections relayed to {@link Topics#NOTIFICATION}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    /** The back-off and dead-lettering of deliveries, from the settings. */
    @Bean
    RetryPolicy webhookRetryPolicy(WebhookSettings settings) {
        return new RetryPolicy(
                settings.firstDelay(), settings.backoffFactor(), settings.maxDelay(), settings.maxAttempts());
    }

    /** The sender job's interval, for its {@code @Scheduled}. */
    @Bean
    Duration webhookSendInterval(WebhookSettings settings) {
        return settings.sendInterval();
    }

    @Bean
    OutboxSource webhookSubscriptionsOutbox() {
        return OutboxSource.of("webhook_subscriptions", Topics.NOTIFICATION);
    }

    @Bean
    OutboxSource webhookDeliveriesOutbox() {
        return OutboxSource.of("webhook_deliveries", Topics.NOTIFICATION);
    }
}
