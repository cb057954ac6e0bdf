package io.onewindow.platform.scheduling;

import com.mongodb.client.MongoClient;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs that must run once across all instances of a service (no-show sweeps, the
 * Art. 32 sweep, license expiry, deadline cards): annotate the job with
 * {@code @Scheduled} and {@code @SchedulerLock(name = "...")}; the lock lives in the
 * service's own MongoDB database (collection {@code shedLock}). Set
 * {@code onewindow.scheduling.enabled=false} to switch every scheduled job off (tests that
 * drive a job on a fixed clock call its use case directly).
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnClass({MongoLockProvider.class, MongoClient.class})
@ConditionalOnProperty(name = "onewindow.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${onewindow.scheduling.default-lock-at-most-for:PT10M}")
public class SchedulingAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(MongoClient client, @Value("${spring.mongodb.database:onewindow}") String database) {
        return new MongoLockProvider(client.getDatabase(database));
    }
}
