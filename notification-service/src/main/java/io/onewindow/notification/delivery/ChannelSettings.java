package io.onewindow.notification.delivery;

import io.onewindow.notification.inbox.domain.NoticeKind;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbound channels, {@code onewindow.notification.channels.*} (each also an
 * environment variable, e.g. {@code ONEWINDOW_NOTIFICATION_CHANNELS_TEST_MODE}); docs/notification-service.md
 * lists them with their defaults.
 *
 * @param testMode record every delivery as in live mode but call no provider (state {@code SENT},
 *     {@code testMode: true}); {@code true} under the profile {@code local} (application.yml), else
 *     {@code false}
 * @param sendInterval how often the sender looks for due deliveries (ShedLock {@code notification-deliveries})
 * @param sendBatch most deliveries one run sends
 * @param sendingLease how long a delivery may stay {@code SENDING}; one found older failed mid-send and
 *     is failed {@code send-interrupted} (never sent a second time)
 * @param firstRetryDelay wait after the first retryable failure
 * @param retryFactor each further wait is this many times the one before
 * @param maxAttempts attempts in all, the first included; after the last, {@code FAILED} with the reason
 * @param recipientDailyLimit most messages one person gets on one channel per district day
 * @param sms the SMS providers
 * @param wechat the WeChat mini-program subscribe messages
 */
@ConfigurationProperties("onewindow.notification.channels")
public record ChannelSettings(
        @DefaultValue("false") boolean testMode,
        @DefaultValue("10s") Duration sendInterval,
        @DefaultValue("50") int sendBatch,
        @DefaultValue("5m") Duration sendingLease,
        @DefaultValue("1m") Duration firstRetryDelay,
        @DefaultValue("2") double retryFactor,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("10") int recipientDailyLimit,
        @DefaultValue Sms sms,
        @DefaultValue WeChat wechat) {

    /**
     * @param dailyCap most SMS the whole service sends per district day
     * @param timeout connect and answer time-out of one provider call (then the next provider)
     * @param primary the provider tried first
     * @param secondary the provider tried when the primary is unavailable
     * @param templates provider template code per notice kind; a kind not listed uses its notice
     *     template key (e.g. {@code booking.confirmed})
     */
    public record Sms(
            @DefaultValue("20000") int dailyCap,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue Provider primary,
            @DefaultValue Provider secondary,
            Map<NoticeKind, String> templates) {

        public Sms {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }

    /**
     * One SMS provider speaking the generic contract.
     *
     * @param name its name in the records and in its status-report path (default {@code primary} /
     *     {@code secondary})
     * @param baseUrl where {@code POST /sms/send} is
     * @param apiKey sent as {@code Authorization: Bearer <apiKey>}
     * @param callbackSecret the HMAC-SHA256 key of its status reports (none: its reports are refused)
     */
    public record Provider(String name, String baseUrl, String apiKey, String callbackSecret) {}

    /**
     * @param dailyCap most WeChat messages the whole service sends per district day
     * @param timeout connect and answer time-out of one call
     * @param baseUrl WeChat's API
     * @param appId the mini-program's AppID
     * @param appSecret its AppSecret (for the access token)
     * @param state {@code miniprogram_state}: {@code formal}, {@code trial} or {@code developer}
     * @param templates per notice kind: the subscribe-message template and which placeholder fills
     *     which of its data keys; a kind not listed is not sent on WeChat (failed {@code no-template})
     */
    public record WeChat(
            @DefaultValue("20000") int dailyCap,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("https://api.weixin.qq.com") String baseUrl,
            String appId,
            String appSecret,
            @DefaultValue("formal") String state,
            Map<NoticeKind, Template> templates) {

        public WeChat {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }

    /**
     * One subscribe-message template.
     *
     * @param templateId the template's id in the mini-program's admin console
     * @param page the mini-program page the message opens
     * @param data notice placeholder → the template's data key (e.g. {@code slotStart → time2})
     */
    public record Template(String templateId, String page, Map<String, String> data) {

        public Template {
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }
}
