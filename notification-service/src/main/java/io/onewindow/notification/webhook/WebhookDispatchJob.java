package io.onewindow.notification.webhook;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code webhooks.send-interval}, the due webhook deliveries; one instance at a time (ShedLock), and
 * each attempt claimed by a conditional write besides, so a lock that expired mid-run sends nothing twice.
 */
@Component
class WebhookDispatchJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatchJob.class);

    private final WebhookDispatch dispatch;

    WebhookDispatchJob(WebhookDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(
            fixedDelayString = "#{@webhookSendInterval.toMillis()}",
            initialDelayString = "#{@webhookSendInterval.toMillis()}")
    @SchedulerLock(name = "notification-webhook-deliveries", lockAtMostFor = "PT10M")
    void send() {
        int attempted = dispatch.sendDue();
        if (attempted > 0) {
            log.info("Webhooks: {} delivery attempt(s) made", attempted);
        }
    }
}
