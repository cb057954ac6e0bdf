package io.onewindow.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification service, {@code onewindow.notification.*}; each is also an environment
 * variable (e.g. {@code ONEWINDOW_NOTIFICATION_STREAM_HEARTBEAT}). Each default is written here once;
 * docs/notification-service.md lists them.
 *
 * @param streamPollInterval how often the live streams look for notices stored since (by any instance)
 * @param streamHeartbeat how often an idle live stream gets a comment, so proxies keep it open
 * @param streamLifetime how long one live stream stays open before the client reconnects (with
 *     {@code Last-Event-ID})
 * @param streamReplayMax most notices one reconnect replays
 * @param streamMaxPerPerson most live streams one account may hold open on one instance (tabs, devices)
 * @param reminderFrom the district's time of day from which the reminders of the next day's bookings go out
 * @param reminderCheckInterval how often the reminder job looks for bookings to remind
 * @param templateMaxLength the longest body (Chinese or English) of a notice template version, in characters;
 *     a longer one is refused ({@code template.too-long}); at most 4000 (the request's own limit)
 */
@ConfigurationProperties("onewindow.notification")
public record NotificationSettings(
        @DefaultValue("1s") Duration streamPollInterval,
        @DefaultValue("20s") Duration streamHeartbeat,
        @DefaultValue("30m") Duration streamLifetime,
        @DefaultValue("100") int streamReplayMax,
        @DefaultValue("5") int streamMaxPerPerson,
        @DefaultValue("09:00") LocalTime reminderFrom,
        @DefaultValue("15m") Duration reminderCheckInterval,
        @DefaultValue("1000") int templateMaxLength) {}
