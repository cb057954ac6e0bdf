package io.onewindow.supervision.patrols;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The patrol observations' outbox ({@code PatrolObserved}) is relayed to the supervision topic. */
@Configuration(proxyBeanMethods = false)
class PatrolsConfiguration {

    @Bean
    OutboxSource patrolsOutbox() {
        return OutboxSource.of(PatrolDocument.COLLECTION, Topics.SUPERVISION);
    }
}
