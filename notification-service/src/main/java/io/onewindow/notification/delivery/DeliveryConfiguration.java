package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.channels.HttpSmsProvider;
import io.onewindow.notification.delivery.channels.WeChatSubscribeMessages;
import io.onewindow.notification.delivery.domain.Channel;
import io.onewindow.notification.delivery.domain.SmsFailover;
import io.onewindow.notification.delivery.domain.SmsProvider;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The outbound channels from their settings, the sender, and the deliveries' outbox relayed to {@link Topics#NOTIFICATION}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelSettings.class)
class DeliveryConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** SMS: the primary provider, and the secondary when the primary is unavailable. */
    @Bean
    Channel smsChannel(ChannelSettings settings) {
        ChannelSettings.Sms sms = settings.sms();
        return new SmsFailover(
                List.of(
                        provider(sms.primary(), "primary", sms.timeout()),
                        provider(sms.secondary(), "secondary", sms.timeout())),
                message -> {
                    try {
                        return sms.templates()
                                .getOrDefault(
                                        io.onewindow.notification.inbox.domain.NoticeKind.valueOf(message.kind()),
                                        message.templateKey());
                    } catch (IllegalArgumentException unknown) {
                        return message.templateKey();
                    }
                });
    }

    @Bean
    Channel wechatChannel(ChannelSettings settings, Clock clock) {
        return new WeChatSubscribeMessages(settings.wechat(), JSON, clock);
    }

    @Bean
    DeliverySending deliverySending(
            DeliveryStore deliveries,
            List<Channel> channels,
            ChannelSettings settings,
            ServiceProperties service,
            Clock clock) {
        return new DeliverySending(deliveries, channels, settings, service.timeZone(), clock);
    }

    /** The sender's interval, for the job's {@code @Scheduled}. */
    @Bean
    Duration deliverySendInterval(ChannelSettings settings) {
        return settings.sendInterval();
    }

    @Bean
    OutboxSource deliveriesOutbox() {
        return OutboxSource.of(DeliveryDocument.COLLECTION, Topics.NOTIFICATION);
    }

    private static SmsProvider provider(ChannelSettings.Provider provider, String defaultName, Duration timeout) {
        String name = provider.name() == null || provider.name().isBlank() ? defaultName : provider.name();
        return new HttpSmsProvider(name, provider.baseUrl(), provider.apiKey(), timeout, JSON);
    }
}
