package io.onewindow.approval.support;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.OneWindowIntegrationTest;
import io.onewindow.platform.test.SharedInfrastructure;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole service against the shared MongoDB-protocol server and Kafka broker, with a clock the test
 * moves and a real HTTP server standing in for e-license-service. Subclasses share one context.
 */
@OneWindowIntegrationTest
// Every IT shares one context; partner docking needs real Keycloak tokens, so all point at it.
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
@AutoConfigureMockMvc
@Import(ApprovalIntegrationTest.TestClock.class)
@TestPropertySource(
        properties = {
            "onewindow.scheduling.enabled=false",
            "onewindow.approval.license-service.timeout=1s",
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=80KB",
            // The shared clock stands still while a test runs, so every upload of the run falls in one
            // minute and few are attached; UploadLimitsIT tests the limits with its own settings.
            "onewindow.approval.materials.uploads-per-minute=100000",
            "onewindow.approval.materials.max-pending-files=100000"
        })
public abstract class ApprovalIntegrationTest {

    protected static final FakeELicenseService E_LICENSE = new FakeELicenseService();

    @DynamicPropertySource
    static void eLicense(DynamicPropertyRegistry registry) {
        registry.add("onewindow.approval.license-service.uri", E_LICENSE::uri);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MatterCatalog catalog;

    @Autowired
    protected MongoTemplate mongo;

    /** A fresh matter code, so tests sharing the database do not meet. */
    protected static String freshCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** appointment-service's service point registry, played onto the real appointment topic. */
    protected ServicePointFeed servicePoints() {
        return new ServicePointFeed(mongo);
    }

    /**
     * Seeds a published matter: drafted by catalogadmin1, published by admin1. Its department must
     * be registered (the demo departments are); its service points are not checked, as for the demo
     * catalog.
     */
    protected MatterDefinition published(MatterDefinition definition) {
        catalog.seed(definition, "catalogadmin1", "admin1");
        return definition;
    }

    @TestConfiguration
    static class TestClock {

        // One bean that is both the service's Clock and the handle tests move it by.
        @Bean
        @Primary
        MutableClock mutableClock() {
            return MutableClock.on("2026-02-13");
        }
    }
}
