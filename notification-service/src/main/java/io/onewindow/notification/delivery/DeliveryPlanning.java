package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.ChannelPreferences;
import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.notification.delivery.domain.KindPolicy;
import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.events.notification.NoticeCreated;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a stored notice on the outbound channels its person has on: one delivery per notice and
 * channel, inserted once (its id is the notice's and the channel's), so an event read twice queues
 * nothing more. A notice inside the person's quiet hours is due at their end (not an urgent kind).
 */
@UseCase
public class DeliveryPlanning {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanning.class);

    private final Inbox inbox;
    private final PreferenceStore preferences;
    private final DeliveryStore deliveries;
    private final ServiceProperties service;
    private final Clock clock;

    DeliveryPlanning(
            Inbox inbox,
            PreferenceStore preferences,
            DeliveryStore deliveries,
            ServiceProperties service,
            Clock clock) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.service = service;
        this.clock = clock;
    }

    /** Queues the notice's deliveries; how many were queued now. */
    public int plan(NoticeCreated created) {
        Optional<NoticeKind> kind = kindOf(created.kind());
        Optional<ChannelPreferences> chosen = preferences.forRecipient(created.recipient());
        if (kind.isEmpty() || chosen.isEmpty()) {
            return 0;
        }
        Map<ChannelKind, String> addresses = chosen.get().addressesFor(kind.get());
        if (addresses.isEmpty()) {
            return 0;
        }
        Optional<Notice> notice = inbox.find(created.noticeId());
        if (notice.isEmpty()) {
            log.warn("NoticeCreated for notice {} that is not stored: nothing queued", created.noticeId());
            return 0;
        }
        Delivery.NoticeRef ref = new Delivery.NoticeRef(
                created.noticeId(),
                created.recipient(),
                created.sourceEventId(),
                kind.get().name(),
                notice.get().templateKey(),
                notice.get().values());
        int queued = 0;
        for (Map.Entry<ChannelKind, String> address : addresses.entrySet()) {
            Delivery delivery = Delivery.queue(
                    ref,
                    address.getKey(),
                    address.getValue(),
                    KindPolicy.isUrgent(kind.get()) ? null : chosen.get().quietHours(),
                    service.timeZone(),
                    clock.instant());
            if (deliveries.addIfNew(delivery)) {
                queued++;
            }
        }
        return queued;
    }

    private static Optional<NoticeKind> kindOf(String kind) {
        try {
            return Optional.of(NoticeKind.valueOf(kind));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }
}
