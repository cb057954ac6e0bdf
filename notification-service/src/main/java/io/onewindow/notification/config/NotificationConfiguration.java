package io.onewindow.notification.config;

import io.onewindow.notification.intake.domain.DayBeforeReminder;
import io.onewindow.notification.intake.domain.NoticeTranslation;
import io.onewindow.notification.templates.domain.PlaceholderCheck;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings, the translation and reminder rule built from them, and the collection whose outbox is relayed to {@link Topics#NOTIFICATION}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    /** The event → notice translation, showing times in the district's zone. */
    @Bean
    NoticeTranslation noticeTranslation(ServiceProperties service) {
        return new NoticeTranslation(service.timeZone());
    }

    /** The reminder the day before a booking, from the settings. */
    @Bean
    DayBeforeReminder dayBeforeReminder(NotificationSettings settings, ServiceProperties service) {
        return new DayBeforeReminder(settings.reminderFrom(), service.timeZone());
    }

    /** The reminder job's interval, from the settings, for the job's {@code @Scheduled}. */
    @Bean
    Duration reminderCheckInterval(NotificationSettings settings) {
        return settings.reminderCheckInterval();
    }

    @Bean
    OutboxSource noticesOutbox() {
        return OutboxSource.of("notices", Topics.NOTIFICATION);
    }

    /** The check every template version passes, with the body length limit from the settings. */
    @Bean
    PlaceholderCheck placeholderCheck(NotificationSettings settings) {
        return new PlaceholderCheck(settings.templateMaxLength());
    }

    @Bean
    OutboxSource noticeTemplatesOutbox() {
        return OutboxSource.of("notice_templates", Topics.NOTIFICATION);
    }
}
