package io.onewindow.notification.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partner webhooks, {@code onewindow.notification.webhooks.*}; each is also an environment
 * variable (e.g. {@code ONEWINDOW_NOTIFICATION_WEBHOOKS_MAX_ATTEMPTS}). Each default is written here once;
 * docs/notification-service.md ("Partner webhooks") lists them.
 *
 * @param firstDelay the wait after a delivery's first failed attempt
 * @param backoffFactor each further wait is the previous one times this
 * @param maxDelay the longest wait between two attempts
 * @param maxAttempts attempts of one series before the delivery is dead-lettered
 * @param requestTimeout how long one attempt waits for the partner's answer
 * @param connectTimeout how long one attempt waits for the connection
 * @param sendInterval how often the sender looks for due deliveries
 * @param batchSize most deliveries one run of the sender attempts
 * @param claimLease how long a sender's claim on an attempt holds before another may take it (longer than
 *     the timeouts)
 * @param secretGrace how long the previous secret stays valid, and is signed with too, after a rotation
 * @param allowHttpLoopback whether {@code http} URLs to a loopback host are accepted ({@code true} in the
 *     local run and the tests only; everywhere else https only)
 */
@ConfigurationProperties("onewindow.notification.webhooks")
public record WebhookSettings(
        @DefaultValue("10s") Duration firstDelay,
        @DefaultValue("2.0") double backoffFactor,
        @DefaultValue("1h") Duration maxDelay,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("5s") Duration sendInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("24h") Duration secretGrace,
        @DefaultValue("false") boolean allowHttpLoopback) {}
