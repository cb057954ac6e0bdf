package io.onewindow.supervision.ingest;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventFormatException;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.ReplayMode;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.patrols.Patrols;
import io.onewindow.supervision.rules.CaseInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rebuilds the projections (case timelines, visits, hall waits, licenses, booking bans, catalog versions,
 * reported refusals, digitised licenses, the register of agency bars, the departments complaints may name, the halls' names)
 * from scratch by reading the
 * consumed topics from their beginning with a consumer of its own (no group, no committed
 * offsets), through the same dispatchers as the live listeners; then sweeps. Alerts are kept:
 * their ids say rule and subject, so what the replay finds again is recognised, and what an
 * inspector did with them is not lost. Complaints, ratings and the volunteers' patrol observations are not
 * projections and stay; the patrols' rule-21 alerts are raised again if they were lost.
 */
@UseCase
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    static final List<String> PROJECTIONS = List.of(
            "case_timelines",
            "visits",
            "hall_waits",
            "ticket_trails",
            "supervised_licenses",
            "booking_bans",
            "matters",
            "refusals",
            "digitisations",
            "agency_bars",
            "agency_intermediaries",
            "departments",
            "service_point_names");

    private final MongoTemplate mongo;
    private final KafkaProperties kafka;
    private final EventCodec codec;
    private final SupervisionEvents events;
    private final CaseInspection cases;
    private final Ratings ratings;
    private final FeedbackDeadlines deadlines;
    private final ReplayMode replay;
    private final Patrols patrols;

    ProjectionRebuild(
            MongoTemplate mongo,
            KafkaProperties kafka,
            EventCodec codec,
            SupervisionEvents events,
            CaseInspection cases,
            Ratings ratings,
            FeedbackDeadlines deadlines,
            ReplayMode replay,
            Patrols patrols) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.codec = codec;
        this.events = events;
        this.cases = cases;
        this.ratings = ratings;
        this.deadlines = deadlines;
        this.replay = replay;
        this.patrols = patrols;
    }

    /** What a rebuild read and applied, per topic. */
    public record Result(Map<String, Integer> applied, int cardsChanged) {}

    /** Clears the projections and replays every consumed topic up to its current end. */
    public synchronized Result rebuild() {
        replay.start();
        Map<String, Integer> applied = new LinkedHashMap<>();
        try {
            PROJECTIONS.forEach(mongo::dropCollection);
            // Catalog and cases first, then licenses: a license then finds its case, as it would
            // have if the topics had been read in real time order.
            applied.put(Topics.APPROVAL, replay(Topics.APPROVAL, events.approval()));
            applied.put(Topics.LICENSE, replay(Topics.LICENSE, events.license()));
            applied.put(Topics.APPOINTMENT, replay(Topics.APPOINTMENT, events.appointment()));
        } finally {
            replay.stop();
        }
        // The sweep finds what time alone raised (deadlines, late follow-ups), as the scheduled one did.
        int changed = cases.sweep();
        ratings.giveDefaultRatings();
        deadlines.raiseLateAlerts();
        patrols.raiseAlerts();
        log.info("Projections rebuilt: {}", applied);
        return new Result(applied, changed);
    }

    private int replay(String topic, EventDispatcher dispatcher) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        int applied = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null) {
                return 0;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (apply(record, dispatcher)) {
                        applied++;
                    }
                }
            }
        }
        return applied;
    }

    private boolean apply(ConsumerRecord<String, String> record, EventDispatcher dispatcher) {
        if (record.value() == null) {
            return false;
        }
        try {
            if (!dispatcher.handles(codec.readHeaders(record.value()).type())) {
                return false;
            }
            dispatcher.handle(codec.read(record.value()));
            return true;
        } catch (EventFormatException e) {
            // Poison records went to the dead-letter topic the first time; skip them again.
            log.warn("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return false;
        }
    }
}
