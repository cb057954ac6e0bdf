package io.onewindow.notification.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code channels.send-interval}, the due deliveries; once across instances (ShedLock). */
@Component
class DeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

    private final DeliverySending sending;

    DeliveryJob(DeliverySending sending) {
        this.sending = sending;
    }

    @Scheduled(
            fixedDelayString = "#{@deliverySendInterval.toMillis()}",
            initialDelayString = "#{@deliverySendInterval.toMillis()}")
    @SchedulerLock(name = "notification-deliveries", lockAtMostFor = "PT10M")
    void send() {
        int attempts = sending.sendDue();
        if (attempts > 0) {
            log.info("Deliveries: {} send attempt(s)", attempts);
        }
    }
}
