package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.notification.delivery.domain.StatusReportSignature;
import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.InboxKeys;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where deliveries stand: for the service that caused a notice (by the causing event's id or the
 * notice's id), for the person whose notice it is, and as providers report them.
 */
@UseCase
public class DeliveryStatus {

    private final DeliveryStore deliveries;
    private final Inbox inbox;
    private final InboxKeys keys;
    private final ChannelSettings settings;
    private final Clock clock;

    DeliveryStatus(DeliveryStore deliveries, Inbox inbox, InboxKeys keys, ChannelSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether a status report's body carries the provider's signature
     * ({@link StatusReportSignature}); a provider without a callback secret signs nothing.
     *
     * @throws NotFoundException when there is no SMS provider of that name
     */
    public boolean authentic(String provider, byte[] body, String signature) {
        ChannelSettings.Sms sms = settings.sms();
        for (ChannelSettings.Provider p : java.util.List.of(sms.primary(), sms.secondary())) {
            String fallback = p == sms.primary() ? "primary" : "secondary";
            String name = p.name() == null || p.name().isBlank() ? fallback : p.name();
            if (name.equals(provider)) {
                return StatusReportSignature.verify(p.callbackSecret(), body, signature);
            }
        }
        throw new NotFoundException("sms-provider", provider);
    }

    /** The deliveries of the notices an event caused, or of one notice (both: those of that notice from that event). */
    public Page<Delivery> caused(String causeEventId, String noticeId, Pageable page) {
        if (causeEventId == null && noticeId == null) {
            throw new InvalidValueException("deliveries.filter-missing", "cause", "give cause or notice");
        }
        Criteria filter = new Criteria();
        if (causeEventId != null) {
            filter = filter.and("delivery.causeEventId").is(causeEventId);
        }
        if (noticeId != null) {
            filter = filter.and("delivery.noticeId").is(noticeId);
        }
        return deliveries.page(filter, page);
    }

    /**
     * The deliveries of one of the caller's notices.
     *
     * @throws NotFoundException when the notice is unknown or someone else's
     */
    public Page<Delivery> ofMyNotice(Caller caller, String noticeId, Pageable page) {
        Set<String> mine = keys.of(caller);
        inbox.find(noticeId)
                .filter(n -> mine.contains(n.recipient()))
                .orElseThrow(() -> new NotFoundException("notice", noticeId));
        return deliveries.page(DeliveryStore.ofNotices(mine, noticeId), page);
    }

    /**
     * A provider's status report of the message it gave {@code messageId}: delivered, or failed with
     * its reason. A report of a delivery already final changes nothing.
     *
     * @throws NotFoundException when the provider sent no such message
     */
    public Delivery reported(String provider, String messageId, boolean delivered, String reason) {
        Delivery delivery = deliveries
                .byProviderMessage(provider, messageId)
                .orElseThrow(() -> new NotFoundException("delivery", messageId));
        return deliveries.change(delivery.id(), d -> d.reported(delivered, reason, clock.instant()));
    }
}
