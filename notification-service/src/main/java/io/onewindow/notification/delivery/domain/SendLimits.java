package io.onewindow.notification.delivery.domain;

import java.util.Optional;

/**
 * The day's limits of one channel: at most {@code dailyCap} messages from the whole service and at
 * most {@code perRecipientDaily} to one person, counted on the district's calendar day. A send over
 * a limit is not made: the delivery fails with the limit's reason (it is not carried over to the
 * next day, where it would arrive late and out of order).
 */
public record SendLimits(int dailyCap, int perRecipientDaily) {

    public static final String DAILY_CAP = "daily-cap";
    public static final String RECIPIENT_LIMIT = "recipient-limit";

    public SendLimits {
        if (dailyCap < 0 || perRecipientDaily < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /**
     * Why one more send is refused, given what was sent today, or empty when it may go.
     *
     * @param sentToday messages of this channel sent today by the whole service
     * @param sentToRecipientToday messages of this channel sent today to this person
     */
    public Optional<String> refusal(long sentToday, long sentToRecipientToday) {
        if (sentToday >= dailyCap) {
            return Optional.of(DAILY_CAP);
        }
        if (sentToRecipientToday >= perRecipientDaily) {
            return Optional.of(RECIPIENT_LIMIT);
        }
        return Optional.empty();
    }
}
