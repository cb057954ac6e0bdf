package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.Backoff;
import io.onewindow.notification.delivery.domain.Channel;
import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.notification.delivery.domain.SendLimits;
import io.onewindow.notification.delivery.domain.SendOutcome;
import io.onewindow.platform.domain.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due deliveries, one attempt each: a daily limit refuses it ({@code daily-cap},
 * {@code recipient-limit}, never sent), else it is claimed ({@code SENDING}, a versioned write, so
 * no two senders take it), sent on its channel (in test mode: no provider called) and the outcome
 * recorded: sent, retried after the back-off, or failed. Deliveries left {@code SENDING} after the
 * lease are failed {@code send-interrupted}, not sent again. Run by {@link DeliveryJob} under
 * ShedLock.
 */
public class DeliverySending {

    private static final Logger log = LoggerFactory.getLogger(DeliverySending.class);

    private final DeliveryStore deliveries;
    private final Map<ChannelKind, Channel> channels;
    private final Map<ChannelKind, SendLimits> limits;
    private final ChannelSettings settings;
    private final Backoff backoff;
    private final ZoneId zone;
    private final Clock clock;

    DeliverySending(
            DeliveryStore deliveries, List<Channel> channels, ChannelSettings settings, ZoneId zone, Clock clock) {
        this.deliveries = deliveries;
        this.channels = new EnumMap<>(ChannelKind.class);
        channels.forEach(channel -> this.channels.put(channel.kind(), channel));
        this.settings = settings;
        this.limits = new EnumMap<>(Map.of(
                ChannelKind.SMS, new SendLimits(settings.sms().dailyCap(), settings.recipientDailyLimit()),
                ChannelKind.WECHAT, new SendLimits(settings.wechat().dailyCap(), settings.recipientDailyLimit())));
        this.backoff = new Backoff(settings.firstRetryDelay(), settings.retryFactor(), settings.maxAttempts());
        this.zone = zone;
        this.clock = clock;
    }

    /** One run: fails the interrupted sends, then sends what is due; how many attempts it made. */
    public int sendDue() {
        Instant now = clock.instant();
        for (Delivery stuck : deliveries.stuck(now.minus(settings.sendingLease()))) {
            log.warn("Delivery {} was left sending: failed as interrupted, not sent again", stuck.id());
            changeQuietly(stuck.id(), d -> d.interrupted(now));
        }
        int attempts = 0;
        for (Delivery due : deliveries.due(now, settings.sendBatch())) {
            if (send(due, now)) {
                attempts++;
            }
        }
        return attempts;
    }

    private boolean send(Delivery due, Instant now) {
        Optional<String> refusal = refusal(due, now);
        if (refusal.isPresent()) {
            changeQuietly(due.id(), d -> d.refuse(refusal.get(), now));
            return false;
        }
        Delivery claimed = changeQuietly(due.id(), d -> d.claim(now));
        if (claimed == null) {
            return false; // taken or changed meanwhile
        }
        if (settings.testMode()) {
            deliveries.change(claimed.id(), d -> d.sentInTestMode(now));
            return true;
        }
        Channel channel = channels.get(claimed.channel());
        SendOutcome outcome = channel == null
                ? new SendOutcome.Failed(claimed.channel().name().toLowerCase(), "channel-not-configured", false)
                : channel.send(claimed.message());
        Instant after = clock.instant();
        if (outcome instanceof SendOutcome.Accepted accepted) {
            deliveries.change(claimed.id(), d -> d.accepted(accepted, after));
        } else {
            SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
            deliveries.change(claimed.id(), d -> d.attemptFailed(failed, backoff, zone, after));
        }
        return true;
    }

    private Optional<String> refusal(Delivery due, Instant now) {
        Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return limits.get(due.channel())
                .refusal(
                        deliveries.sentSince(due.channel(), dayStart, null),
                        deliveries.sentSince(due.channel(), dayStart, due.recipient()));
    }

    private Delivery changeQuietly(String id, java.util.function.Consumer<Delivery> change) {
        try {
            return deliveries.change(id, change);
        } catch (IllegalStateException | ConflictException moved) {
            return null;
        }
    }
}
