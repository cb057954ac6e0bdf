package io.onewindow.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.supervision.feedback.Departments;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The demo departments as approval's registry publishes them ({@code DepartmentRecorded} on the
 * approval topic), fed once per test JVM until supervision knows them: complaints may name only
 * known departments.
 */
public final class KnownDepartments {

    /** The demo realm's departments (without discipline-inspection, which is always known). */
    public static final List<String> DEMO = List.of(
            "market-regulation",
            "housing",
            "real-estate-registration",
            "tax",
            "district-admin-service",
            "public-security",
            "human-resources-social-security",
            "healthcare-security",
            "civil-affairs",
            "traffic-police",
            "justice",
            "commerce",
            "housing-construction",
            "meteorology");

    private KnownDepartments() {}

    /** Sends the demo departments unless supervision knows them all, and waits until it does. */
    public static void ensure(KafkaTemplate<String, String> kafka, EventCodec codec, Departments departments) {
        if (DEMO.stream().allMatch(departments::isKnown)) {
            return;
        }
        EventFeed feed = new EventFeed(kafka, codec);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (String code : DEMO) {
            feed.send(
                    Topics.APPROVAL,
                    EventFeed.envelope(
                            "/onewindow/approval-service",
                            new DepartmentRecorded(code, 1, "部门 " + code, null, true, "system"),
                            at));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(DEMO).allMatch(departments::isKnown));
    }
}
