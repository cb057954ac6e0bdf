package io.onewindow.appointment.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.catalog.domain.CatalogMatter;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.Catalog;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** The catalog listener keeps the latest published version per matter, whatever order versions arrive in. */
@AppointmentIntegrationTest
class CatalogIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    PublishedMatters matters;

    @Test
    void keepsTheLatestPublishedVersionAndIgnoresALateOlderOne() throws Exception {
        Catalog.publish(kafka, codec, Catalog.version("IT-CAT-001", 1, "测试事项（第一版）", "market-regulation"));
        Catalog.await("version 1 kept", () -> matters.find("IT-CAT-001").isPresent());
        assertThat(matters.find("IT-CAT-001").orElseThrow().name()).isEqualTo("测试事项（第一版）");

        Catalog.publish(kafka, codec, Catalog.version("IT-CAT-001", 3, "测试事项（第三版）", "tax"));
        Catalog.await(
                "version 3 kept", () -> matters.find("IT-CAT-001").orElseThrow().version() == 3);
        String late = Catalog.publish(kafka, codec, Catalog.version("IT-CAT-001", 2, "测试事项（第二版）", "housing"));
        Catalog.await("the late version 2 consumed", () -> consumer.isProcessed(CatalogEvents.CONSUMER, late));

        CatalogMatter kept = matters.find("IT-CAT-001").orElseThrow();
        assertThat(kept.version()).isEqualTo(3);
        assertThat(kept.name()).isEqualTo("测试事项（第三版）");
        assertThat(kept.department()).isEqualTo("tax");
        assertThat(kept.servicePoints()).containsExactly("panyu-district-center");
        assertThat(matters.names()).containsEntry("IT-CAT-001", "测试事项（第三版）");
        assertThat(matters.published(Catalog.version("IT-CAT-001", 3, "重复", "tax")))
                .isFalse();
    }
}
