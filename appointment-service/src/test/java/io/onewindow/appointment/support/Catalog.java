package io.onewindow.appointment.support;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Instant;
import java.util.List;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes catalog matters on approval-service's topic, as approval-service does when a version is published. */
public final class Catalog {

    private Catalog() {}

    /** A published version of a matter offered in person at the district center. */
    public static MatterVersionPublished version(String code, int version, String name, String department) {
        return new MatterVersionPublished(
                code,
                version,
                name,
                department,
                "01",
                "2",
                List.of("PERSON", "ENTERPRISE"),
                "《测试条例》第一条",
                20,
                10,
                "0",
                "",
                false,
                false,
                null,
                List.of(new MatterVersionPublished.Step("ACCEPT", "受理", "window-officer", 1)),
                List.of(),
                List.of("panyu-district-center"),
                "catalogadmin1",
                Instant.parse("2026-11-30T02:00:00Z"),
                "0".repeat(64));
    }

    /** Sends the version on the approval topic; answers the event id. */
    public static String publish(KafkaTemplate<String, String> kafka, EventCodec codec, MatterVersionPublished matter)
            throws Exception {
        EventEnvelope<MatterVersionPublished> envelope =
                EventEnvelope.wrap("/onewindow/approval-service", matter, Instant.now());
        kafka.send(Topics.APPROVAL, matter.aggregateId(), codec.write(envelope)).get();
        return envelope.id();
    }

    /** Waits up to 60 s for {@code condition}. */
    public static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
