package io.onewindow.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at this JVM's shared MongoDB-protocol server and Kafka
 * broker: {@code @ContextConfiguration(initializers = SharedInfrastructure.class)} or
 * {@link OneWindowIntegrationTest}.
 */
public class SharedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.mongodb.uri=" + SharedMongoServer.shared().connectionString(),
                        "spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers())
                .applyTo(context);
    }
}
