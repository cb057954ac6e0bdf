package io.onewindow.platform.mongo;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces Boot's MongoDB health indicator with {@link MongoPingHealthIndicator}. */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass({MongoClient.class, HealthIndicator.class, MongoHealthContributorAutoConfiguration.class})
public class MongoHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(
            MongoClient client, @Value("${spring.mongodb.database:admin}") String database) {
        return new MongoPingHealthIndicator(client, database);
    }
}
